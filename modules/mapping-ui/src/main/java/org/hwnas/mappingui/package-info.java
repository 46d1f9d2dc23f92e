/** HW-NAS mapping and dataflow visualizer. */
package org.hwnas.mappingui;
