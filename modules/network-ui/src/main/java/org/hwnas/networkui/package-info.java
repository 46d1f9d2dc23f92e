/** HW-NAS network-graph editor. */
package org.hwnas.networkui;
