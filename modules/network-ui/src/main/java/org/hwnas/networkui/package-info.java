/**
 * HW-NAS network-graph editor: the {@code *.hwnet.json} data object, its Graph (Visual Library) and Source
 * MultiView tabs kept in sync through the editor document, the layer property sheet, and PNG export.
 * Plain-Java parts (model edits, layout, SVG) live in the {@code graph}, {@code layout} and {@code export}
 * packages and are tested without NetBeans.
 */
package org.hwnas.networkui;
