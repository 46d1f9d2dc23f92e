/** HW-NAS seed-method engines (FNAS, HSCoNAS, black-box space profiling). */
package org.hwnas.methods;
