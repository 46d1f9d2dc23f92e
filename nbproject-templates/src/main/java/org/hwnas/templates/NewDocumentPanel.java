package org.hwnas.templates;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.beans.BeanInfo;
import java.io.File;
import java.net.URL;
import java.util.List;
import javax.swing.DefaultListCellRenderer;
import javax.swing.ImageIcon;
import javax.swing.JButton;
import javax.swing.JEditorPane;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import org.openide.DialogDescriptor;
import org.openide.NotificationLineSupport;
import org.openide.filesystems.FileChooserBuilder;
import org.openide.filesystems.FileObject;
import org.openide.loaders.DataObject;
import org.openide.loaders.DataObjectNotFoundException;
import org.openide.nodes.Node;
import org.openide.util.NbBundle.Messages;

/** Template list, description, name and folder of {@link NewDocumentAction}. */
@Messages({
    "LBL_Templates=&Templates:",
    "LBL_Name=&Name:",
    "LBL_Folder=&Folder:",
    "LBL_Browse=&Browse...",
    "LBL_ChooseFolder=Folder for the New Document",
    "# {0} - file name",
    "LBL_WillCreate=Creates {0}",
    "ERR_NoTemplate=Choose a template.",
    "# {0} - folder",
    "ERR_NoFolder=The folder {0} does not exist.",
    "# {0} - file",
    "ERR_Exists={0} already exists."
})
final class NewDocumentPanel extends JPanel {

    private static final long serialVersionUID = 1L;

    private final JList<FileObject> list;
    private final JEditorPane description = new JEditorPane();
    private final JTextField name = new JTextField("untitled", 24); // NOI18N
    private final JTextField folderField = new JTextField(32);
    private transient DialogDescriptor descriptor;
    private transient NotificationLineSupport line;

    NewDocumentPanel(List<FileObject> templates, File folder) {
        super(new GridBagLayout());
        list = new JList<>(templates.toArray(new FileObject[0]));
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setCellRenderer(new TemplateRenderer());
        list.setVisibleRowCount(Math.min(Math.max(templates.size(), 3), 8));
        list.setSelectedIndex(0);
        description.setEditable(false);
        description.setContentType("text/html"); // NOI18N
        description.putClientProperty(JEditorPane.HONOR_DISPLAY_PROPERTIES, Boolean.TRUE);
        description.setFont(new JLabel().getFont());
        folderField.setText(folder.getPath());
        JButton browse = new JButton();
        org.openide.awt.Mnemonics.setLocalizedText(browse, Bundle.LBL_Browse());
        browse.addActionListener(e -> {
            File chosen = new FileChooserBuilder(NewDocumentPanel.class).setDirectoriesOnly(true)
                    .setTitle(Bundle.LBL_ChooseFolder()).setDefaultWorkingDirectory(folder()).forceUseOfDefaultWorkingDirectory(true)
                    .showOpenDialog();
            if (chosen != null) {
                folderField.setText(chosen.getPath());
            }
        });

        JScrollPane listScroll = new JScrollPane(list);
        JScrollPane descScroll = new JScrollPane(description);
        descScroll.setPreferredSize(new Dimension(260, 120));
        JPanel top = new JPanel(new BorderLayout(8, 0));
        top.add(listScroll, BorderLayout.CENTER);
        top.add(descScroll, BorderLayout.EAST);

        Insets gap = new Insets(4, 0, 4, 8);
        add(label(Bundle.LBL_Templates(), list), at(0, 0, 2, 0, gap));
        add(top, at(0, 1, 3, 1, new Insets(0, 0, 8, 0)));
        add(label(Bundle.LBL_Name(), name), at(0, 2, 1, 0, gap));
        add(name, at(1, 2, 2, 0, new Insets(4, 0, 4, 0)));
        add(label(Bundle.LBL_Folder(), folderField), at(0, 3, 1, 0, gap));
        add(folderField, at(1, 3, 1, 0, gap));
        add(browse, at(2, 3, 1, 0, new Insets(4, 0, 4, 0)));
        setBorder(javax.swing.BorderFactory.createEmptyBorder(12, 12, 0, 12));

        list.addListSelectionListener(e -> {
            showDescription();
            update();
        });
        DocumentListener dl = new DocumentListener() {
            @Override public void insertUpdate(DocumentEvent e) { update(); }
            @Override public void removeUpdate(DocumentEvent e) { update(); }
            @Override public void changedUpdate(DocumentEvent e) { update(); }
        };
        name.getDocument().addDocumentListener(dl);
        folderField.getDocument().addDocumentListener(dl);
        showDescription();
    }

    private static JLabel label(String text, Component forComponent) {
        JLabel l = new JLabel();
        org.openide.awt.Mnemonics.setLocalizedText(l, text);
        l.setLabelFor(forComponent);
        return l;
    }

    private static GridBagConstraints at(int x, int y, int w, double weighty, Insets insets) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = x;
        c.gridy = y;
        c.gridwidth = w;
        c.weightx = x == 1 ? 1 : 0;
        c.weighty = weighty;
        c.fill = weighty > 0 || x == 1 ? GridBagConstraints.BOTH : GridBagConstraints.NONE;
        c.anchor = GridBagConstraints.WEST;
        c.insets = insets;
        return c;
    }

    @Override
    public void addNotify() {
        super.addNotify();
        // type a name at once; the list keeps its selection
        javax.swing.SwingUtilities.invokeLater(() -> {
            name.requestFocusInWindow();
            name.selectAll();
        });
    }

    void attach(DialogDescriptor dd) {
        descriptor = dd;
        line = dd.createNotificationLineSupport();
        update();
    }

    FileObject selectedTemplate() {
        return list.getSelectedValue();
    }

    String documentName() {
        return name.getText().trim();
    }

    File folder() {
        return new File(folderField.getText().trim());
    }

    /** Why OK is disabled, or null. */
    String problem() {
        FileObject t = selectedTemplate();
        if (t == null) {
            return Bundle.ERR_NoTemplate();
        }
        String p = TemplateNames.problem(name.getText(), t.getNameExt());
        if (p != null) {
            return p;
        }
        File dir = folder();
        if (!dir.isDirectory()) {
            return Bundle.ERR_NoFolder(dir);
        }
        File target = new File(dir, TemplateNames.fileName(name.getText(), t.getNameExt()));
        return target.exists() ? Bundle.ERR_Exists(target) : null;
    }

    private void update() {
        if (descriptor == null) {
            return;
        }
        String p = problem();
        descriptor.setValid(p == null);
        if (p != null) {
            line.setErrorMessage(p);
        } else {
            line.setInformationMessage(Bundle.LBL_WillCreate(
                    TemplateNames.fileName(name.getText(), selectedTemplate().getNameExt())));
        }
    }

    private void showDescription() {
        FileObject t = selectedTemplate();
        Object url = t == null ? null : t.getAttribute("instantiatingWizardURL"); // NOI18N
        try {
            if (url instanceof URL) {
                description.setPage((URL) url);
                return;
            }
        } catch (java.io.IOException ex) {
            // fall through to the empty description
        }
        description.setText(""); // NOI18N
    }

    /** Display name and icon of a template, as its node shows them (localized displayName, iconBase). */
    private static final class TemplateRenderer extends DefaultListCellRenderer {
        private static final long serialVersionUID = 1L;

        @Override
        public Component getListCellRendererComponent(JList<?> l, Object value, int index, boolean sel, boolean focus) {
            super.getListCellRendererComponent(l, value, index, sel, focus);
            if (value instanceof FileObject) {
                FileObject fo = (FileObject) value;
                try {
                    Node n = DataObject.find(fo).getNodeDelegate();
                    setText(n.getDisplayName());
                    setIcon(new ImageIcon(n.getIcon(BeanInfo.ICON_COLOR_16x16)));
                } catch (DataObjectNotFoundException ex) {
                    setText(fo.getNameExt());
                }
            }
            return this;
        }
    }
}
