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
            position = 300, requireProject = false),
    // the bundled examples (taken from examples/ by the pom's resources)
    @TemplateRegistration(folder = TemplateFolder.NAME,
            content = "resnet50.hwnet.json", displayName = "#TPL_ResNet50",
            description = "ResNet50.html", iconBase = "org/hwnas/templates/network.png",
            position = 400, requireProject = false),
    @TemplateRegistration(folder = TemplateFolder.NAME,
            content = "mobilenetv2.hwnet.json", displayName = "#TPL_MobileNetV2",
            description = "MobileNetV2.html", iconBase = "org/hwnas/templates/network.png",
            position = 410, requireProject = false),
    @TemplateRegistration(folder = TemplateFolder.NAME,
            content = "nb201-cell.hwnet.json", displayName = "#TPL_Nb201Cell",
            description = "Nb201Cell.html", iconBase = "org/hwnas/templates/network.png",
            position = 420, requireProject = false),
    @TemplateRegistration(folder = TemplateFolder.NAME,
            content = "eyeriss-like.hwacc.json", displayName = "#TPL_EyerissLike",
            description = "EyerissLike.html", iconBase = "org/hwnas/templates/accelerator.png",
            position = 500, requireProject = false),
    @TemplateRegistration(folder = TemplateFolder.NAME,
            content = "tpu-like.hwacc.json", displayName = "#TPL_TpuLike",
            description = "TpuLike.html", iconBase = "org/hwnas/templates/accelerator.png",
            position = 510, requireProject = false),
    @TemplateRegistration(folder = TemplateFolder.NAME,
            content = "zc706-fpga.hwacc.json", displayName = "#TPL_Zc706Fpga",
            description = "Zc706Fpga.html", iconBase = "org/hwnas/templates/accelerator.png",
            position = 520, requireProject = false)
})
@Messages({
    "TPL_EmptyNetwork=Network (one convolution)",
    "TPL_EmptyAccelerator=Accelerator (4 x 4 PE array)",
    "TPL_ExampleSearch=Co-search (example)",
    "OPT_Open=--open FILE... opens documents (in the running application when there is one)",
    "TPL_ResNet50=Example network: ResNet-50",
    "TPL_MobileNetV2=Example network: MobileNetV2",
    "TPL_Nb201Cell=Example network: NAS-Bench-201 cell network",
    "TPL_EyerissLike=Example accelerator: Eyeriss-like (row-stationary)",
    "TPL_TpuLike=Example accelerator: TPU-like systolic array",
    "TPL_Zc706Fpga=Example accelerator: ZC706 FPGA"
})
package org.hwnas.templates;

import org.netbeans.api.templates.TemplateRegistration;
import org.netbeans.api.templates.TemplateRegistrations;
import org.openide.util.NbBundle.Messages;
