package dev.brickoptima.eclipse.markers;

import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.TextEdit;
import dev.brickoptima.eclipse.settings.ProjectSettings;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.text.edits.MalformedTreeException;
import org.eclipse.text.edits.MultiTextEdit;
import org.eclipse.text.edits.ReplaceEdit;
import org.osgi.service.prefs.BackingStoreException;

import java.util.ArrayList;
import java.util.List;

/**
 * What the quick fixes do, without any UI: read a marker's fixes, apply one to the file (through the file buffer,
 * so an open editor sees the change and keeps its undo history), or disable the marker's rule.
 */
public final class MarkerFixes {
    /** Job family of the re-analysis after a settings change (so callers can wait for it). */
    public static final Object REBUILD_FAMILY = new Object();

    private MarkerFixes() {
    }

    public static boolean isBrickOptima(IMarker m) {
        try {
            return m != null && m.exists() && m.isSubtypeOf(MarkerIds.MARKER_TYPE);
        } catch (CoreException e) {
            return false;
        }
    }

    public static String ruleId(IMarker m) {
        return m.getAttribute(MarkerIds.RULE_ID, "");
    }

    public static List<Fix> fixes(IMarker m) {
        return FixCodec.decode(m.getAttribute(MarkerIds.FIXES, ""));
    }

    public static Fix suppression(IMarker m) {
        List<Fix> s = FixCodec.decode(m.getAttribute(MarkerIds.SUPPRESSION, ""));
        return s.isEmpty() ? null : s.get(0);
    }

    /**
     * Applies {@code fix} (offsets as of analysis) to the marker's file. Offsets are moved by how far the marker
     * moved since; nothing is changed (false) when the marked text is no longer what was analysed.
     */
    public static boolean apply(IMarker marker, Fix fix) throws CoreException {
        if (!(marker.getResource() instanceof IFile) || fix.edits().isEmpty()) return false;
        IFile file = (IFile) marker.getResource();
        int analysedStart = marker.getAttribute(MarkerIds.ANALYSED_START, -1);
        int start = marker.getAttribute(IMarker.CHAR_START, -1);
        String expected = marker.getAttribute(MarkerIds.ANALYSED_TEXT, (String) null);
        ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
        IPath path = file.getFullPath();
        manager.connect(path, LocationKind.IFILE, null);
        try {
            ITextFileBuffer buffer = manager.getTextFileBuffer(path, LocationKind.IFILE);
            boolean wasDirty = buffer.isDirty();
            if (!apply(buffer.getDocument(), fix, start, analysedStart, expected)) return false;
            // save only what we dirtied: an editor with unsaved changes keeps them unsaved
            if (!wasDirty) buffer.commit(null, true);
            return true;
        } finally {
            manager.disconnect(path, LocationKind.IFILE, null);
        }
    }

    /**
     * Applies {@code fix} (offsets as of analysis, when the problem started at {@code analysedStart}) to {@code doc},
     * where the problem now starts at {@code start}. Nothing is changed (false) when the text there is no longer
     * {@code expected} (null: not checked) or an edit falls outside the document.
     */
    public static boolean apply(IDocument doc, Fix fix, int start, int analysedStart, String expected) {
        if (fix.edits().isEmpty()) return false;
        int delta = analysedStart >= 0 && start >= 0 ? start - analysedStart : 0;
        try {
            if (expected != null && start >= 0 && !expected.isEmpty()) {
                int to = Math.min(doc.getLength(), start + expected.length());
                if (start > doc.getLength() || !doc.get(start, to - start).equals(expected)) return false;
            }
            MultiTextEdit edit = new MultiTextEdit();
            List<TextEdit> sorted = new ArrayList<>(fix.edits());
            sorted.sort((a, b) -> Integer.compare(a.start(), b.start()));
            for (TextEdit e : sorted) {
                int s = e.start() + delta;
                if (s < 0 || e.end() + delta > doc.getLength()) return false;
                edit.addChild(new ReplaceEdit(s, e.end() - e.start(), e.replacement()));
            }
            edit.apply(doc);
            return true;
        } catch (BadLocationException | MalformedTreeException e) {
            return false;
        }
    }

    /** Disables the marker's rule in the settings its project uses, then rebuilds the project in the background. */
    public static void disableRule(IMarker marker) throws BackingStoreException {
        IProject project = marker.getResource().getProject();
        ProjectSettings.disableRule(project, ruleId(marker));
        rebuild(project);
    }

    /** Rebuilds a project in a background job so markers follow a settings change. */
    public static void rebuild(IProject project) {
        Job job = new Job("BrickOptima: re-analysing " + project.getName()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    project.build(IncrementalProjectBuilder.FULL_BUILD, monitor);
                    return Status.OK_STATUS;
                } catch (CoreException e) {
                    return Status.CANCEL_STATUS;
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == REBUILD_FAMILY;
            }
        };
        job.setRule(project.getWorkspace().getRuleFactory().buildRule());
        job.schedule();
    }
}
