/** Export of laid-out networks (SVG written directly; PNG via {@link org.hwnas.networkui.ScenePainter}). */
package org.hwnas.networkui.export;
