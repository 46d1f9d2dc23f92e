package org.hwnas.templates;

import java.util.Locale;

/**
 * File-name rules for documents created from templates. Our templates have two-part endings
 * ({@code EmptyNetwork.hwnet.json}); the platform's {@code createFromTemplate(folder, name)} keeps only the
 * last extension ({@code json}), so the name passed to it must carry the inner one ({@code resnet.hwnet}).
 */
public final class TemplateNames {

    private TemplateNames() {
    }

    /**
     * The ending of a template file name after its first dot: {@code EmptyNetwork.hwnet.json -> .hwnet.json},
     * {@code Readme.txt -> .txt}, {@code Makefile -> ""}.
     */
    public static String suffix(String templateNameExt) {
        int dot = templateNameExt.indexOf('.');
        return dot < 0 ? "" : templateNameExt.substring(dot);
    }

    /**
     * The name to pass to {@code DataObject.createFromTemplate} (everything but the last extension) for a
     * user-typed document name: {@code resnet} and {@code resnet.hwnet.json} both give {@code resnet.hwnet}
     * for the template {@code EmptyNetwork.hwnet.json}.
     */
    public static String baseNameForTemplate(String userName, String templateNameExt) {
        String suffix = suffix(templateNameExt);
        String name = stripSuffix(userName.trim(), suffix);
        int lastDot = suffix.lastIndexOf('.');
        String inner = lastDot <= 0 ? "" : suffix.substring(0, lastDot); // ".hwnet" of ".hwnet.json"
        return name + inner;
    }

    /** The full file name a document will get: {@code resnet -> resnet.hwnet.json}. */
    public static String fileName(String userName, String templateNameExt) {
        return stripSuffix(userName.trim(), suffix(templateNameExt)) + suffix(templateNameExt);
    }

    /**
     * Why a typed name cannot be used, or {@code null} if it can: empty, path separators, or characters that
     * are not portable in file names.
     */
    public static String problem(String userName, String templateNameExt) {
        String name = stripSuffix(userName.trim(), suffix(templateNameExt));
        if (name.isEmpty()) {
            return "Type a name for the new document.";
        }
        for (char c : name.toCharArray()) {
            if (c == '/' || c == '\\' || c == ':' || c == '*' || c == '?' || c == '"' || c == '<' || c == '>'
                    || c == '|' || Character.isISOControl(c)) {
                return "The name must not contain '" + (Character.isISOControl(c) ? "\\u" + (int) c : c) + "'.";
            }
        }
        if (name.startsWith(".")) {
            return "The name must not start with a dot.";
        }
        return null;
    }

    private static String stripSuffix(String name, String suffix) {
        if (!suffix.isEmpty() && name.toLowerCase(Locale.ROOT).endsWith(suffix.toLowerCase(Locale.ROOT))) {
            return name.substring(0, name.length() - suffix.length());
        }
        return name;
    }
}
