package org.hwnas.mappingui;

import org.openide.filesystems.FileObject;
import org.openide.filesystems.MIMEResolver;
import org.openide.util.lookup.ServiceProvider;

/**
 * {@code *.hwmap.json} -> {@link MappingDataObject#MIME}. A Java resolver because the type is named by a
 * double extension: an extension registration would claim every {@code .json} file.
 */
@ServiceProvider(service = MIMEResolver.class, position = 310)
public final class MappingMimeResolver extends MIMEResolver {

    public MappingMimeResolver() {
        super(MappingDataObject.MIME);
    }

    @Override
    public String findMIMEType(FileObject fo) {
        return fo.isData() && fo.getNameExt().endsWith(MappingDataObject.SUFFIX) ? MappingDataObject.MIME : null;
    }
}
