/** HW-NAS accelerator-architecture editor. */
package org.hwnas.acceleratorui;
