/** The editor's model of a network: drafts that may have shape problems, their document text, property edits. Plain Java, no Swing. */
package org.hwnas.networkui.graph;
