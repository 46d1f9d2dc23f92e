package org.hwnas.acceleratorui.summary;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Network documents the summary panel offers: the {@code *.hwnet.json} files next to the accelerator and
 * in an {@code examples/networks} folder found above the document, the working directory or the
 * application (a checkout ships them there).
 */
public final class NetworkChoices {
    private static final int MAX_UP = 6;

    private NetworkChoices() {
    }

    /** Candidate networks, nearest folders first, each file once. */
    public static List<Path> find(List<Path> startDirs) {
        Set<Path> dirs = new LinkedHashSet<>();
        for (Path start : startDirs) {
            if (start == null) {
                continue;
            }
            Path d = start.toAbsolutePath().normalize();
            dirs.add(d);
            for (int i = 0; i < MAX_UP && d != null; i++, d = d.getParent()) {
                Path ex = d.resolve("examples").resolve("networks");
                if (Files.isDirectory(ex)) {
                    dirs.add(ex);
                    break;
                }
            }
        }
        Set<Path> out = new LinkedHashSet<>();
        for (Path dir : dirs) {
            List<Path> here = new ArrayList<>();
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.hwnet.json")) {
                ds.forEach(p -> here.add(p.toAbsolutePath().normalize()));
            } catch (IOException | SecurityException e) {
                continue;   // an unreadable folder offers nothing
            }
            here.sort(null);
            out.addAll(here);
        }
        return List.copyOf(out);
    }

    /** {@code alexnet.hwnet.json} -> {@code alexnet}. */
    public static String label(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".hwnet.json") ? n.substring(0, n.length() - ".hwnet.json".length()) : n;
    }
}
