package org.hwnas.templates;

/** Where the workbench's templates live in the system filesystem. */
public final class TemplateFolder {

    /** Folder name under {@code Templates/}. */
    public static final String NAME = "HWNAS"; // NOI18N

    /** Full config path, for {@code FileUtil.getConfigFile(PATH)}. */
    public static final String PATH = "Templates/" + NAME; // NOI18N

    private TemplateFolder() {
    }
}
