/** HW-NAS search-run consoles. */
package org.hwnas.searchui;
