/**
 * New-document templates of the workbench, registered under {@code Templates/HWNAS} with
 * {@code requireProject = false} (the platform has no project system, NETBEANS-PITFALLS #17), and the
 * {@code File > New Document...} action ({@link org.hwnas.templates.NewDocumentAction}) that lists them.
 * Other modules add templates to the same folder with their own {@code @TemplateRegistration}.
 */
@TemplateRegistrations({
    @TemplateRegistration(folder = TemplateFolder.NAME,
            content = "EmptyNetwork.hwnet.json", displayName = "#TPL_EmptyNetwork",
            description = "EmptyNetwork.html", iconBase = "org/hwnas/templates/network.png",
            position = 100, requireProject = false),
    @TemplateRegistration(folder = TemplateFolder.NAME,
            content = "EmptyAccelerator.hwacc.json", displayName = "#TPL_EmptyAccelerator",
            description = "EmptyAccelerator.html", iconBase = "org/hwnas/templates/accelerator.png",
            position = 200, requireProject = false),
    @TemplateRegistration(folder = TemplateFolder.NAME,
            content = "ExampleSearch.hwsearch.json", displayName = "#TPL_ExampleSearch",
            description = "ExampleSearch.html", iconBase = "org/hwnas/templates/search.png",
            position = 300, requireProject = false)
})
@Messages({
    "TPL_EmptyNetwork=Network (one convolution)",
    "TPL_EmptyAccelerator=Accelerator (4 x 4 PE array)",
    "TPL_ExampleSearch=Co-search (example)"
})
package org.hwnas.templates;

import org.netbeans.api.templates.TemplateRegistration;
import org.netbeans.api.templates.TemplateRegistrations;
import org.openide.util.NbBundle.Messages;
