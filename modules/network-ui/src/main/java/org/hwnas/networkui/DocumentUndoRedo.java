package org.hwnas.networkui;

import javax.swing.event.ChangeListener;
import javax.swing.undo.CannotRedoException;
import javax.swing.undo.CannotUndoException;
import org.openide.awt.UndoRedo;
import org.openide.util.ChangeSupport;

/**
 * The Graph view's undo/redo: the editor support's manager of the document, once the document is loaded.
 * The window system asks a view for its UndoRedo when the view is activated (and listens to it), which can
 * be before the document is loaded, so the view hands out this one object from the start.
 */
final class DocumentUndoRedo implements UndoRedo {
    private final ChangeSupport cs = new ChangeSupport(this);
    private final ChangeListener relay = e -> cs.fireChange();
    private UndoRedo delegate = UndoRedo.NONE;

    void setDelegate(UndoRedo d) {
        delegate.removeChangeListener(relay);
        delegate = d == null ? UndoRedo.NONE : d;
        delegate.addChangeListener(relay);
        cs.fireChange();
    }

    @Override
    public boolean canUndo() {
        return delegate.canUndo();
    }

    @Override
    public boolean canRedo() {
        return delegate.canRedo();
    }

    @Override
    public void undo() throws CannotUndoException {
        delegate.undo();
    }

    @Override
    public void redo() throws CannotRedoException {
        delegate.redo();
    }

    @Override
    public void addChangeListener(ChangeListener l) {
        cs.addChangeListener(l);
    }

    @Override
    public void removeChangeListener(ChangeListener l) {
        cs.removeChangeListener(l);
    }

    @Override
    public String getUndoPresentationName() {
        return delegate.getUndoPresentationName();
    }

    @Override
    public String getRedoPresentationName() {
        return delegate.getRedoPresentationName();
    }
}
