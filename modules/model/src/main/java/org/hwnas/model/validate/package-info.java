/**
 * The {@link org.hwnas.model.doc.spi.DocumentValidator}s of the document kinds this module owns
 * (network, accelerator, mapping), registered for {@code hwnas validate} and the IDE.
 */
package org.hwnas.model.validate;
