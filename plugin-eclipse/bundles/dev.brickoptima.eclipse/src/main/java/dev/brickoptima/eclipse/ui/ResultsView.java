package dev.brickoptima.eclipse.ui;

import dev.brickoptima.eclipse.settings.ProjectSettings;
import dev.brickoptima.eclipse.settings.SettingsKeys;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.texteditor.ITextEditor;

import java.net.URI;
import java.util.List;
import java.util.function.Function;

/** Shows the findings of the last "Analyze SQL" / "Analyze Spark plan": a table, and the explanation and fixes below. */
public final class ResultsView extends ViewPart {
    public static final String ID = "dev.brickoptima.eclipse.resultsView";

    private Label title;
    private TableViewer table;
    private Text details;
    private IFile file;

    @Override
    public void createPartControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        title = new Label(root, SWT.WRAP);
        title.setText("Run 'Analyze SQL with BrickOptima' from an editor or on a .sql file.");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
        SashForm sash = new SashForm(root, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        table = new TableViewer(sash, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        column("Severity", 80, e -> e.severity().label());
        column("Rule", 180, ResultEntry::ruleId);
        column("Line", 60, e -> e.operatorId() != null ? "(" + e.operatorId() + ")" : Integer.toString(e.line()));
        column("Message", 600, ResultEntry::message);
        table.setContentProvider(ArrayContentProvider.getInstance());
        details = new Text(sash, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        sash.setWeights(60, 40);
        table.addSelectionChangedListener(ev -> {
            Object o = ((IStructuredSelection) ev.getSelection()).getFirstElement();
            details.setText(o instanceof ResultEntry ? ((ResultEntry) o).explanation() : "");
        });
        table.addDoubleClickListener(ev -> reveal((ResultEntry) ((IStructuredSelection) ev.getSelection()).getFirstElement()));
        getViewSite().getActionBars().getToolBarManager().add(new Action("Open Spark UI") {
            @Override
            public void run() {
                openSparkUi();
            }
        });
    }

    private void column(String name, int width, Function<ResultEntry, String> text) {
        TableViewerColumn c = new TableViewerColumn(table, SWT.NONE);
        c.getColumn().setText(name);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((ResultEntry) element);
            }
        });
    }

    /** Replaces the view's content. UI thread only. */
    public void show(String heading, List<ResultEntry> entries, IFile source) {
        if (title.isDisposed()) return;
        this.file = source;
        title.setText(heading + ": " + (entries.isEmpty() ? "no findings" : entries.size() + (entries.size() == 1 ? " finding" : " findings")));
        title.getParent().layout();
        table.setInput(entries);
        details.setText(entries.isEmpty() ? "" : entries.get(0).explanation());
    }

    /** Shows results from any thread; the view opens if it is closed. */
    public static void publish(String heading, List<ResultEntry> entries, IFile source) {
        Display display = PlatformUI.getWorkbench().getDisplay();
        display.asyncExec(() -> {
            IWorkbenchWindow w = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
            if (w == null || w.getActivePage() == null) return;
            try {
                ResultsView v = (ResultsView) w.getActivePage().showView(ID, null, IWorkbenchPage.VIEW_VISIBLE);
                v.show(heading, entries, source);
            } catch (PartInitException e) {
                // the view cannot open (workbench closing): nothing to show
            }
        });
    }

    private void reveal(ResultEntry e) {
        if (e == null || file == null || e.operatorId() != null) return;
        try {
            IEditorPart editor = IDE.openEditor(getSite().getPage(), file);
            ITextEditor text = editor == null ? null : editor.getAdapter(ITextEditor.class);
            if (text != null) text.selectAndReveal(e.start(), Math.max(0, e.end() - e.start()));
        } catch (PartInitException ex) {
            // file gone: nothing to reveal
        }
    }

    private void openSparkUi() {
        String url = ProjectSettings.of(file == null ? null : file.getProject()).get(SettingsKeys.SPARK_UI_URL);
        try {
            PlatformUI.getWorkbench().getBrowserSupport().getExternalBrowser().openURL(URI.create(url.trim()).toURL());
        } catch (Exception ex) {
            title.setText("Spark UI address '" + url + "' cannot be opened; set it in Preferences > BrickOptima.");
        }
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }
}
