package org.hwnas.templates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TemplateNamesTest {

    private static final String NET = "EmptyNetwork.hwnet.json";

    @Test
    void suffixIsEverythingAfterTheFirstDot() {
        assertThat(TemplateNames.suffix(NET)).isEqualTo(".hwnet.json");
        assertThat(TemplateNames.suffix("Readme.txt")).isEqualTo(".txt");
        assertThat(TemplateNames.suffix("Makefile")).isEmpty();
    }

    @Test
    void baseNameKeepsTheInnerExtensionForCreateFromTemplate() {
        assertThat(TemplateNames.baseNameForTemplate("resnet", NET)).isEqualTo("resnet.hwnet");
        assertThat(TemplateNames.baseNameForTemplate(" resnet.hwnet.json ", NET)).isEqualTo("resnet.hwnet");
        assertThat(TemplateNames.baseNameForTemplate("RESNET.HWNET.JSON", NET)).isEqualTo("RESNET.hwnet");
        assertThat(TemplateNames.baseNameForTemplate("notes", "Readme.txt")).isEqualTo("notes");
    }

    @Test
    void fileNameAddsTheFullEnding() {
        assertThat(TemplateNames.fileName("resnet", NET)).isEqualTo("resnet.hwnet.json");
        assertThat(TemplateNames.fileName("resnet.hwnet.json", NET)).isEqualTo("resnet.hwnet.json");
        assertThat(TemplateNames.fileName("v1.2", NET)).isEqualTo("v1.2.hwnet.json");
    }

    @Test
    void badNamesAreRefusedWithAReason() {
        assertThat(TemplateNames.problem("", NET)).contains("Type a name");
        assertThat(TemplateNames.problem(".hwnet.json", NET)).contains("Type a name");
        assertThat(TemplateNames.problem("a/b", NET)).contains("'/'");
        assertThat(TemplateNames.problem("a\\b", NET)).contains("'\\'");
        assertThat(TemplateNames.problem(".hidden", NET)).contains("dot");
        assertThat(TemplateNames.problem("resnet-50 v2", NET)).isNull();
    }
}
