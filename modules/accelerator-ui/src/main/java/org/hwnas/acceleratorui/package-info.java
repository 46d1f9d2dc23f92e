/**
 * HW-NAS accelerator-architecture editor: {@code *.hwacc.json} documents open in a MultiView with a
 * Design view ({@link org.hwnas.acceleratorui.AcceleratorDesignElement}: PE-array grid with a resize handle,
 * memory hierarchy, Properties sheet, live per-layer summary) and the plain-text Source view, both over the
 * one document of the platform's editor support. Non-Swing logic lives in {@code edit} (validated edit
 * operations), {@code summary} (figures, network evaluation, table model), {@code sync} (document binding)
 * and {@code view} (grid geometry and the two drawings); see docs/workbench.md.
 */
package org.hwnas.acceleratorui;
