package org.hwnas.model.accel.io;

import org.hwnas.model.doc.DocNode;

/** Finds the {@link DocNode} of a display path such as {@code levels[2].sharing} (to report at it). */
public final class DocPath {

    private DocPath() {
    }

    public static DocNode resolve(DocNode root, String path) {
        DocNode n = root;
        int i = 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '.') {
                i++;
            } else if (c == '[') {
                int close = path.indexOf(']', i);
                n = n.at(Integer.parseInt(path.substring(i + 1, close)));
                i = close + 1;
            } else {
                int end = i;
                while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
                    end++;
                }
                n = n.get(path.substring(i, end));
                i = end;
            }
        }
        return n;
    }
}
