/** Opening the mapping visualizer from other modules: {@link org.hwnas.mappingui.api.MappingViews}. */
package org.hwnas.mappingui.api;
