package dev.brickoptima.intellij;

import com.intellij.openapi.progress.ProgressIndicator;
import com.intellij.openapi.progress.Task;
import com.intellij.openapi.project.Project;

import java.util.function.Function;

/**
 * An Analyze action's work: runs off the UI thread as a cancellable background task with progress, then shows the
 * result in the BrickOptima tool window (on the UI thread, unless cancelled). The engine bounds each analysis by its
 * size and time limits; cancelling also stops before the result is shown.
 */
final class BackgroundAnalysis extends Task.Backgroundable {
    private final Function<ProgressIndicator, String> analysis;
    private volatile String result;

    BackgroundAnalysis(Project project, String title, Function<ProgressIndicator, String> analysis) {
        super(project, title, true);
        this.analysis = analysis;
    }

    @Override
    public void run(ProgressIndicator indicator) {
        indicator.setIndeterminate(true);
        result = analysis.apply(indicator);
        indicator.checkCanceled();
    }

    @Override
    public void onSuccess() {
        if (result != null) ResultsToolWindow.show(myProject, result);
    }

    @Override
    public void onThrowable(Throwable error) {
        // bad input must not reach the IDE's error reporter: the user sees a one-line reason instead
        ResultsToolWindow.show(myProject, getTitle() + ": analysis failed: " + error);
    }

    /** The text the task produced (null before it ran). */
    String result() {
        return result;
    }
}
