package org.hwnas.networkui;

import java.lang.reflect.InvocationTargetException;
import java.util.function.UnaryOperator;
import org.hwnas.model.network.Layer;
import org.hwnas.model.network.LayerInfo;
import org.hwnas.model.network.LayerParam;
import org.hwnas.networkui.graph.LayerEdit;
import org.hwnas.networkui.graph.NetworkDraft;
import org.hwnas.networkui.graph.NodeText;
import org.openide.nodes.AbstractNode;
import org.openide.nodes.Children;
import org.openide.nodes.PropertySupport;
import org.openide.nodes.Sheet;
import org.openide.util.Exceptions;
import org.openide.util.NbBundle.Messages;

/**
 * One layer in the Properties sheet: its parameters are editable (validated by {@link LayerEdit}; a refused
 * value shows the reason), shapes and MACs read-only. Edits go to the editor as model edits.
 */
@Messages({
    "LBL_Layer_Set=Layer",
    "LBL_Layer_Computed=Inferred",
    "LBL_Layer_Name=Name",
    "LBL_Layer_Kind=Kind",
    "LBL_Layer_Inputs=Inputs",
    "LBL_Layer_Output=Output shape",
    "LBL_Layer_Macs=MACs",
    "LBL_Layer_Params=Parameters",
    "LBL_Layer_Problem=Problem"
})
final class LayerNode extends AbstractNode {
    /** Applies a model edit; throws IllegalArgumentException with the reason when it is refused. */
    interface Edits {
        void apply(String what, UnaryOperator<NetworkDraft> edit);
    }

    private final String layerName;

    LayerNode(NetworkDraft draft, String layerName, Edits edits) {
        super(Children.LEAF);
        this.layerName = layerName;
        setName(layerName);
        setDisplayName(layerName);
        setIconBaseWithExtension(NetworkDataObject.ICON);
        Layer l = draft.layer(layerName).orElseThrow();
        Sheet sheet = Sheet.createDefault();
        Sheet.Set set = Sheet.createPropertiesSet();
        set.setDisplayName(Bundle.LBL_Layer_Set());
        set.put(new Text("name", Bundle.LBL_Layer_Name(), () -> layerName,
                v -> edits.apply("Rename " + layerName, d -> d.rename(layerName, v.trim()))));
        set.put(new Text("kind", Bundle.LBL_Layer_Kind(), () -> l.kind().key(), null));
        set.put(new Text("inputs", Bundle.LBL_Layer_Inputs(), () -> String.join(", ", l.inputs()), null));
        for (LayerParam p : LayerParam.of(l.kind())) {
            set.put(new Text(p.key(), p.key(), () -> LayerEdit.text(l, p),
                    v -> edits.apply("Set " + p.key() + " of " + layerName,
                            d -> d.replace(layerName, LayerEdit.set(d.layer(layerName).orElseThrow(), p, v)))));
        }
        sheet.put(set);
        Sheet.Set computed = new Sheet.Set();
        computed.setName("inferred");
        computed.setDisplayName(Bundle.LBL_Layer_Computed());
        LayerInfo info = draft.info(layerName).orElse(null);
        computed.put(new Text("output", Bundle.LBL_Layer_Output(), () -> info == null ? "?" : info.output().toString(), null));
        computed.put(new Text("macs", Bundle.LBL_Layer_Macs(), () -> info == null ? "?" : NodeText.macs(info.macs()), null));
        computed.put(new Text("params", Bundle.LBL_Layer_Params(), () -> info == null ? "?" : Long.toString(info.params()), null));
        String problem = draft.problemsByLayer().get(layerName);
        if (problem != null) {
            computed.put(new Text("problem", Bundle.LBL_Layer_Problem(), () -> problem, null));
        }
        sheet.put(computed);
        setSheet(sheet);
    }

    String layerName() {
        return layerName;
    }

    /** A text property; read-only when {@code setter} is null. */
    private static final class Text extends PropertySupport.ReadWrite<String> {
        private final java.util.function.Supplier<String> getter;
        private final java.util.function.Consumer<String> setter;

        Text(String name, String display, java.util.function.Supplier<String> getter, java.util.function.Consumer<String> setter) {
            super(name, String.class, display, display);
            this.getter = getter;
            this.setter = setter;
        }

        @Override
        public String getValue() {
            return getter.get();
        }

        @Override
        public boolean canWrite() {
            return setter != null;
        }

        @Override
        public void setValue(String val) throws IllegalAccessException, IllegalArgumentException, InvocationTargetException {
            if (setter == null) {
                throw new IllegalAccessException(getName() + " is read-only");
            }
            try {
                setter.accept(val);
            } catch (IllegalArgumentException e) {
                // the property sheet shows the localized message of a refused value
                throw Exceptions.attachLocalizedMessage(e, e.getMessage());
            }
        }
    }
}
