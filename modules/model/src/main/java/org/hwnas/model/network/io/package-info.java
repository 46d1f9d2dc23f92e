/** The {@code network/1} document codec ({@code *.hwnet.json}); schema in {@code docs/network-format.md}. */
package org.hwnas.model.network.io;
