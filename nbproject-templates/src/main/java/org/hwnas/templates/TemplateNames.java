package org.hwnas.templates;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * File-name rules for documents created from templates. Our templates have two-part endings
 * ({@code EmptyNetwork.hwnet.json}); the platform's {@code createFromTemplate(folder, name)} keeps only the
 * last extension ({@code json}), so the name passed to it must carry the inner one ({@code resnet.hwnet}).
 */
public final class TemplateNames {

    private static final Pattern UNTITLED = Pattern.compile("(\"name\"\\s*:\\s*)\"untitled\""); // NOI18N

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

    /** The document name for a base file name: {@code resnet.hwnet -> resnet}, {@code v1 -> v1}. */
    public static String documentName(String baseName) {
        for (String inner : new String[]{".hwnet", ".hwacc", ".hwmap", ".hwsearch"}) { // NOI18N
            if (baseName.endsWith(inner)) {
                return baseName.substring(0, baseName.length() - inner.length());
            }
        }
        return baseName;
    }

    /**
     * The template text with its first top-level {@code "name": "untitled"} replaced by {@code name}
     * (JSON-escaped); text without that field is returned unchanged.
     */
    public static String withDocumentName(String templateText, String name) {
        Matcher m = UNTITLED.matcher(templateText);
        if (!m.find()) {
            return templateText;
        }
        return templateText.substring(0, m.start()) + m.group(1) + jsonString(name) + templateText.substring(m.end());
    }

    static String jsonString(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"': b.append("\\\""); break;
                case '\\': b.append("\\\\"); break;
                default:
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c)); // NOI18N
                    } else {
                        b.append(c);
                    }
            }
        }
        return b.append('"').toString();
    }

    private static String stripSuffix(String name, String suffix) {
        if (!suffix.isEmpty() && name.toLowerCase(Locale.ROOT).endsWith(suffix.toLowerCase(Locale.ROOT))) {
            return name.substring(0, name.length() - suffix.length());
        }
        return name;
    }
}
