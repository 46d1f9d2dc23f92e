package org.hwnas.searchui;

import org.openide.filesystems.FileObject;
import org.openide.filesystems.MIMEResolver;
import org.openide.util.lookup.ServiceProvider;

/** {@code *.hwsearch.json} -> {@link SearchDataObject#MIME} (a Java resolver: the type is a double extension). */
@ServiceProvider(service = MIMEResolver.class, position = 340)
public final class SearchMimeResolver extends MIMEResolver {

    public SearchMimeResolver() {
        super(SearchDataObject.MIME);
    }

    @Override
    public String findMIMEType(FileObject fo) {
        return fo.isData() && fo.getNameExt().endsWith(SearchDataObject.SUFFIX) ? SearchDataObject.MIME : null;
    }
}
