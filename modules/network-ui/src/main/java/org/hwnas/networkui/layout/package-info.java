/** Layered layout of networks computed on the model (plain Java, no Swing); the scene only applies it. */
package org.hwnas.networkui.layout;
