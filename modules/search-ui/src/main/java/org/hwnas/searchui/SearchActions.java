package org.hwnas.searchui;

import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import java.io.File;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionReferences;
import org.openide.awt.ActionRegistration;
import org.openide.modules.OnStop;
import org.openide.util.NbBundle.Messages;

/**
 * Run Search, Resume, Stop and Open Results on the selected {@code *.hwsearch.json} (its editor or its
 * node): Search menu, Search toolbar and the document's context menu. Run Search also has the shortcut
 * Ctrl+Shift+F6 (used by the smoke test).
 */
@Messages({
    "CTL_RunSearch=Run Search",
    "CTL_ResumeSearch=Resume Search",
    "CTL_StopSearch=Stop Search",
    "CTL_OpenResults=Open Results",
    "CTL_WatchShared=Watch Shared Study...",
    "LBL_WatchTitle=Watch a Shared Study",
    "LBL_WatchUrl=Storage URL:",
    "LBL_WatchName=Registered study name:",
    "LBL_WatchHint=<html>The study's console reads the shared store (workers anywhere run it); it only watches.<br>"
        + "Credentials: in the URL, PGUSER/PGPASSWORD or ~/.pgpass. A blank name means the document's study name.</html>"
})
public final class SearchActions {

    private SearchActions() {
    }

    private static File file(SearchDataObject d) {
        File f = d.file();
        if (f == null) {
            throw new IllegalStateException(d.getPrimaryFile().getPath() + " is not on the local disk");
        }
        return f;
    }

    @ActionID(category = "Build", id = "org.hwnas.searchui.RunSearchAction")
    @ActionRegistration(displayName = "#CTL_RunSearch", iconBase = "org/hwnas/searchui/run.png")
    @ActionReferences({
        @ActionReference(path = "Menu/Search", position = 100),
        @ActionReference(path = "Toolbars/Search", position = 100),
        @ActionReference(path = "Loaders/" + SearchDataObject.MIME + "/Actions", position = 100),
        @ActionReference(path = "Shortcuts", name = "DS-F6")
    })
    public static final class Run implements ActionListener {
        private final SearchDataObject context;

        public Run(SearchDataObject context) {
            this.context = context;
        }

        @Override
        public void actionPerformed(ActionEvent e) {
            SearchRuns.start(file(context), false);
        }
    }

    @ActionID(category = "Build", id = "org.hwnas.searchui.ResumeSearchAction")
    @ActionRegistration(displayName = "#CTL_ResumeSearch", iconBase = "org/hwnas/searchui/resume.png")
    @ActionReferences({
        @ActionReference(path = "Menu/Search", position = 200),
        @ActionReference(path = "Toolbars/Search", position = 200),
        @ActionReference(path = "Loaders/" + SearchDataObject.MIME + "/Actions", position = 200)
    })
    public static final class Resume implements ActionListener {
        private final SearchDataObject context;

        public Resume(SearchDataObject context) {
            this.context = context;
        }

        @Override
        public void actionPerformed(ActionEvent e) {
            SearchRuns.start(file(context), true);
        }
    }

    @ActionID(category = "Build", id = "org.hwnas.searchui.StopSearchAction")
    @ActionRegistration(displayName = "#CTL_StopSearch", iconBase = "org/hwnas/searchui/stop.png")
    @ActionReferences({
        @ActionReference(path = "Menu/Search", position = 300),
        @ActionReference(path = "Toolbars/Search", position = 300),
        @ActionReference(path = "Loaders/" + SearchDataObject.MIME + "/Actions", position = 300)
    })
    public static final class Stop implements ActionListener {
        private final SearchDataObject context;

        public Stop(SearchDataObject context) {
            this.context = context;
        }

        @Override
        public void actionPerformed(ActionEvent e) {
            SearchRuns.stop(file(context));
        }
    }

    @ActionID(category = "Build", id = "org.hwnas.searchui.OpenResultsAction")
    @ActionRegistration(displayName = "#CTL_OpenResults", iconBase = "org/hwnas/searchui/results.png")
    @ActionReferences({
        @ActionReference(path = "Menu/Search", position = 400),
        @ActionReference(path = "Toolbars/Search", position = 400),
        @ActionReference(path = "Loaders/" + SearchDataObject.MIME + "/Actions", position = 400, separatorAfter = 450)
    })
    public static final class OpenResults implements ActionListener {
        private final SearchDataObject context;

        public OpenResults(SearchDataObject context) {
            this.context = context;
        }

        @Override
        public void actionPerformed(ActionEvent e) {
            SearchConsoleTopComponent.openFor(file(context));
        }
    }

    @ActionID(category = "Build", id = "org.hwnas.searchui.WatchSharedStudyAction")
    @ActionRegistration(displayName = "#CTL_WatchShared")
    @ActionReferences({
        @ActionReference(path = "Menu/Search", position = 450),
        @ActionReference(path = "Loaders/" + SearchDataObject.MIME + "/Actions", position = 440)
    })
    public static final class WatchShared implements ActionListener {
        private static final String LAST_URL = "watch.lastUrl"; // NOI18N
        private final SearchDataObject context;

        public WatchShared(SearchDataObject context) {
            this.context = context;
        }

        @Override
        public void actionPerformed(ActionEvent e) {
            java.util.prefs.Preferences prefs = org.openide.util.NbPreferences.forModule(SearchActions.class);
            javax.swing.JTextField url = new javax.swing.JTextField(prefs.get(LAST_URL, "postgresql://localhost:5432/hwnas"), 36); // NOI18N
            javax.swing.JTextField name = new javax.swing.JTextField(16);
            javax.swing.JPanel form = new javax.swing.JPanel(new java.awt.GridLayout(0, 1, 2, 2));
            form.add(new javax.swing.JLabel(Bundle.LBL_WatchUrl()));
            form.add(url);
            form.add(new javax.swing.JLabel(Bundle.LBL_WatchName()));
            form.add(name);
            form.add(new javax.swing.JLabel(Bundle.LBL_WatchHint()));
            form.setBorder(javax.swing.BorderFactory.createEmptyBorder(8, 8, 8, 8));
            org.openide.DialogDescriptor d = new org.openide.DialogDescriptor(form, Bundle.LBL_WatchTitle());
            if (org.openide.DialogDisplayer.getDefault().notify(d) != org.openide.DialogDescriptor.OK_OPTION
                    || url.getText().isBlank()) {
                return;
            }
            String location = url.getText().trim();
            if (SearchConsoleTopComponent.redact(location).equals(location)) {
                prefs.put(LAST_URL, location); // never a password in the preferences
            }
            SearchConsoleTopComponent.openFor(file(context), location, name.getText().trim());
        }
    }

    /** On exit, running studies stop after their batch in flight; their stores hold every finished trial. */
    @OnStop
    public static final class StopOnExit implements Runnable {
        @Override
        public void run() {
            SearchRuns.stopAll();
        }
    }
}
