/** HW-NAS NAAS joint accelerator/mapping/network co-search. */
package org.hwnas.naas;
