package org.hwnas.templates;

import java.io.File;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.SwingUtilities;
import org.netbeans.api.sendopts.CommandException;
import org.netbeans.spi.sendopts.Env;
import org.netbeans.spi.sendopts.Option;
import org.netbeans.spi.sendopts.OptionProcessor;
import org.openide.cookies.OpenCookie;
import org.openide.filesystems.FileObject;
import org.openide.filesystems.FileUtil;
import org.openide.loaders.DataObject;
import org.openide.loaders.DataObjectNotFoundException;
import org.openide.util.lookup.ServiceProvider;

/**
 * {@code hwnas --open FILE}: opens a document in the application, or in the one already running on the same
 * user directory (the launcher hands the arguments over). Relative names are resolved against the caller's
 * working directory. A file nothing can open is reported on the caller's console with a non-zero exit code.
 */
@ServiceProvider(service = OptionProcessor.class)
public final class OpenOption extends OptionProcessor {
    private static final Logger LOG = Logger.getLogger(OpenOption.class.getName());
    private static final Option OPEN = Option.shortDescription(
            Option.additionalArguments(Option.NO_SHORT_NAME, "open"), // NOI18N
            "org.hwnas.templates.Bundle", "OPT_Open"); // NOI18N

    @Override
    protected Set<Option> getOptions() {
        return Collections.singleton(OPEN);
    }

    @Override
    protected void process(Env env, Map<Option, String[]> values) throws CommandException {
        List<String> problems = new ArrayList<>();
        for (String arg : values.get(OPEN)) {
            File f = new File(arg);
            if (!f.isAbsolute()) {
                f = new File(env.getCurrentDirectory(), arg);
            }
            String p = open(FileUtil.normalizeFile(f));
            if (p != null) {
                problems.add(p);
                env.getErrorStream().println("hwnas --open: " + p); // NOI18N
            }
        }
        if (!problems.isEmpty()) {
            throw new CommandException(2, String.join("; ", problems));
        }
    }

    /** Opens {@code file}; the reason it cannot, or null. */
    static String open(File file) {
        if (!file.isFile()) {
            return file + ": no such file";
        }
        FileObject fo = FileUtil.toFileObject(file);
        if (fo == null) {
            return file + ": cannot be read";
        }
        try {
            DataObject dob = DataObject.find(fo);
            OpenCookie open = dob.getLookup().lookup(OpenCookie.class);
            if (open == null) {
                return file + ": no editor for this kind of file";
            }
            LOG.log(Level.INFO, "--open {0} ({1})", new Object[] {file, dob.getClass().getSimpleName()}); // NOI18N
            SwingUtilities.invokeLater(open::open);
            return null;
        } catch (DataObjectNotFoundException e) {
            return file + ": " + e.getLocalizedMessage();
        }
    }
}
