package org.hwnas.searchui;

import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.beans.PropertyChangeListener;
import java.beans.PropertyChangeSupport;
import java.io.File;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;
import org.netbeans.spi.options.OptionsPanelController;
import org.openide.filesystems.FileChooserBuilder;
import org.openide.util.HelpCtx;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;

/** Tools > Options > Search: default workers, DJL device, result folder ({@link SearchOptions}). */
@OptionsPanelController.TopLevelRegistration(categoryName = "#OptionsCategory_Name_Search",
        iconBase = "org/hwnas/searchui/search32.png", keywords = "#OptionsCategory_Keywords_Search",
        keywordsCategory = "Search", position = 1500)
@Messages({
    "OptionsCategory_Name_Search=Search",
    "OptionsCategory_Keywords_Search=search workers DJL device GPU result folder",
    "LBL_OptWorkers=Default workers (0 = the study's own):",
    "LBL_OptDevice=DJL device:",
    "LBL_OptResults=Result folder (empty = next to the study):",
    "LBL_OptBrowse=Browse..."
})
public final class SearchOptionsPanelController extends OptionsPanelController {
    private final PropertyChangeSupport pcs = new PropertyChangeSupport(this);
    private JPanel panel;
    private final JSpinner workers = new JSpinner(new SpinnerNumberModel(0, 0, 256, 1));
    private final JComboBox<String> device = new JComboBox<>(SearchOptions.DEVICES);
    private final JTextField results = new JTextField(30);

    @Override
    public void update() {
        workers.setValue(SearchOptions.workers());
        device.setSelectedItem(SearchOptions.device());
        results.setText(SearchOptions.resultFolder());
    }

    @Override
    public void applyChanges() {
        SearchOptions.store((Integer) workers.getValue(), (String) device.getSelectedItem(), results.getText().trim());
    }

    @Override
    public void cancel() {
        // values are stored only on apply
    }

    @Override
    public boolean isValid() {
        return true;
    }

    @Override
    public boolean isChanged() {
        return (Integer) workers.getValue() != SearchOptions.workers() || !SearchOptions.device().equals(device.getSelectedItem())
                || !SearchOptions.resultFolder().equals(results.getText().trim());
    }

    @Override
    public JComponent getComponent(Lookup masterLookup) {
        if (panel == null) {
            panel = new JPanel(new GridBagLayout());
            GridBagConstraints c = new GridBagConstraints();
            c.insets = new Insets(4, 4, 4, 4);
            c.anchor = GridBagConstraints.WEST;
            c.gridx = 0;
            c.gridy = 0;
            panel.add(new JLabel(Bundle.LBL_OptWorkers()), c);
            c.gridx = 1;
            panel.add(workers, c);
            c.gridx = 0;
            c.gridy = 1;
            panel.add(new JLabel(Bundle.LBL_OptDevice()), c);
            c.gridx = 1;
            panel.add(device, c);
            c.gridx = 0;
            c.gridy = 2;
            panel.add(new JLabel(Bundle.LBL_OptResults()), c);
            c.gridx = 1;
            panel.add(results, c);
            c.gridx = 2;
            JButton browse = new JButton(Bundle.LBL_OptBrowse());
            browse.addActionListener(e -> {
                File f = new FileChooserBuilder(SearchOptionsPanelController.class).setDirectoriesOnly(true).showOpenDialog();
                if (f != null) {
                    results.setText(f.getAbsolutePath());
                }
            });
            panel.add(browse, c);
            c.gridy = 3;
            c.weighty = 1;
            c.weightx = 1;
            panel.add(new JLabel(), c);
        }
        return panel;
    }

    @Override
    public HelpCtx getHelpCtx() {
        return null;
    }

    @Override
    public void addPropertyChangeListener(PropertyChangeListener l) {
        pcs.addPropertyChangeListener(l);
    }

    @Override
    public void removePropertyChangeListener(PropertyChangeListener l) {
        pcs.removePropertyChangeListener(l);
    }
}
