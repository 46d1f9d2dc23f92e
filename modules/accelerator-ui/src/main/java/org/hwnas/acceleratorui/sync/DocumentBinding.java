package org.hwnas.acceleratorui.sync;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.BadLocationException;
import javax.swing.text.Document;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.model.accel.io.AcceleratorDocument;
import org.hwnas.model.doc.DocumentException;
import org.hwnas.model.doc.Problem;

/**
 * Keeps an accelerator model and the text of its document in step. The document is the single source of
 * truth: a model edit rewrites the text with the model's writer (only the changed span is replaced, as one
 * undoable step through the {@link EditTransaction}), and text edits are parsed back into the model or
 * into the list of problems. Save, dirty state and undo/redo therefore stay the document's.
 * <p>Not thread-safe: use it on the thread that edits the document (the EDT in the editor).
 */
public final class DocumentBinding {

    /** What the document text currently says. */
    public sealed interface State permits Valid, Invalid {
    }

    /** The text is a valid design. */
    public record Valid(Accelerator accelerator) implements State {
    }

    /** The text is not a valid design; every problem the reader found, with line:col and path. */
    public record Invalid(List<Problem> problems) implements State {
        public Invalid {
            problems = List.copyOf(problems);
        }
    }

    /** Told about every new state (after a parse or a model edit). */
    public interface Listener {
        void stateChanged(State state);
    }

    private final Document doc;
    private final String label;
    private final EditTransaction transaction;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final DocumentListener textListener;
    private Runnable onTextEdit = () -> { };
    private State state;
    private boolean writing;

    /**
     * @param label       file name used in problem messages
     * @param transaction groups the text changes of one model edit into one undo step
     */
    public DocumentBinding(Document doc, String label, EditTransaction transaction) {
        this.doc = doc;
        this.label = label;
        this.transaction = transaction;
        this.textListener = new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                textEdited();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                textEdited();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                // attributes only
            }
        };
        doc.addDocumentListener(textListener);
    }

    /** Called after every text edit that did not come from {@link #apply}: the editor schedules a re-parse. */
    public void onTextEdit(Runnable r) {
        onTextEdit = r;
    }

    public void addListener(Listener l) {
        listeners.add(l);
    }

    public void removeListener(Listener l) {
        listeners.remove(l);
    }

    /** Stops listening to the document. */
    public void detach() {
        doc.removeDocumentListener(textListener);
        listeners.clear();
    }

    public Document document() {
        return doc;
    }

    /** The last parsed or applied state; parses first when nothing was parsed yet. */
    public State state() {
        return state == null ? parse() : state;
    }

    /** The current design, or null while the text is invalid. */
    public Accelerator accelerator() {
        return state() instanceof Valid v ? v.accelerator() : null;
    }

    /** Parses the current text and announces the result. */
    public State parse() {
        String text = text();
        State s;
        try {
            s = new Valid(AcceleratorDocument.parse(label, text));
        } catch (DocumentException e) {
            s = new Invalid(e.problems());
        }
        publish(s);
        return s;
    }

    /**
     * Writes a (validated) design into the document as one undoable edit and announces it. Text that
     * already says the same is left alone.
     */
    public void apply(Accelerator a) throws BadLocationException {
        String now = text();
        String next = AcceleratorDocument.toText(a);
        if (!now.equals(next)) {
            int prefix = 0;
            int max = Math.min(now.length(), next.length());
            while (prefix < max && now.charAt(prefix) == next.charAt(prefix)) {
                prefix++;
            }
            int suffix = 0;
            while (suffix < max - prefix
                    && now.charAt(now.length() - 1 - suffix) == next.charAt(next.length() - 1 - suffix)) {
                suffix++;
            }
            int removeLen = now.length() - prefix - suffix;
            String insert = next.substring(prefix, next.length() - suffix);
            final int at = prefix;
            writing = true;
            try {
                transaction.run(doc, () -> {
                    if (removeLen > 0) {
                        doc.remove(at, removeLen);
                    }
                    if (!insert.isEmpty()) {
                        doc.insertString(at, insert, null);
                    }
                });
            } finally {
                writing = false;
            }
        }
        publish(new Valid(a));
    }

    private void textEdited() {
        if (!writing) {
            onTextEdit.run();
        }
    }

    private void publish(State s) {
        state = s;
        for (Listener l : listeners) {
            l.stateChanged(s);
        }
    }

    private String text() {
        try {
            return doc.getText(0, doc.getLength());
        } catch (BadLocationException e) {
            throw new IllegalStateException(e);
        }
    }
}
