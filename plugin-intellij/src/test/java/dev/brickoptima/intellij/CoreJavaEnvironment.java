package dev.brickoptima.intellij;

import com.intellij.codeInspection.InspectionManager;
import com.intellij.codeInspection.LocalInspectionTool;
import com.intellij.codeInspection.ProblemDescriptor;
import com.intellij.codeInspection.ProblemsHolder;
import com.intellij.core.JavaCoreApplicationEnvironment;
import com.intellij.core.JavaCoreProjectEnvironment;
import com.intellij.ide.highlighter.JavaFileType;
import com.intellij.lang.MetaLanguage;
import com.intellij.openapi.Disposable;
import com.intellij.openapi.extensions.Extensions;
import com.intellij.openapi.project.Project;
import com.intellij.openapi.util.Disposer;
import com.intellij.openapi.vfs.VirtualFile;
import com.intellij.psi.PsiElement;
import com.intellij.psi.PsiElementVisitor;
import com.intellij.psi.PsiFile;
import com.intellij.psi.PsiFileFactory;
import com.intellij.psi.PsiRecursiveElementWalkingVisitor;
import com.intellij.psi.augment.PsiAugmentProvider;
import com.intellij.core.CoreApplicationEnvironment;
import com.intellij.codeInsight.ContainerProvider;
import com.intellij.codeInsight.runner.JavaMainMethodProvider;
import com.intellij.openapi.extensions.ExtensionPointName;
import com.intellij.openapi.extensions.ExtensionsArea;
import com.intellij.psi.FileContextProvider;
import com.intellij.mock.MockApplication;
import com.intellij.mock.MockApplicationEx;
import com.intellij.mock.MockProject;
import com.intellij.pom.PomModel;
import com.intellij.psi.util.JavaClassSupers;
import com.intellij.psi.impl.JavaClassSupersImpl;
import com.intellij.psi.PsiManager;
import com.intellij.psi.PsiParserFacade;
import com.intellij.psi.impl.PsiManagerEx;
import com.intellij.psi.impl.PsiParserFacadeImpl;
import com.intellij.pom.core.impl.PomModelImpl;
import com.intellij.pom.tree.TreeAspect;
import com.intellij.psi.impl.source.tree.TreeCopyHandler;
import com.intellij.lang.jvm.facade.JvmElementProvider;
import com.intellij.psi.PsiElementFinder;
import com.intellij.psi.impl.PsiElementFinderImpl;
import com.intellij.psi.impl.file.impl.JavaFileManager;
import com.intellij.openapi.components.ServiceManager;
import com.intellij.psi.impl.PsiTreeChangePreprocessor;
import com.intellij.psi.JavaModuleSystem;
import com.intellij.psi.augment.TypeAnnotationModifier;
import com.intellij.psi.compiled.ClassFileDecompilers;
import com.intellij.psi.impl.compiled.ClsCustomNavigationPolicy;
import com.intellij.psi.impl.smartPointers.SmartPointerAnchorProvider;
import com.intellij.psi.meta.MetaDataContributor;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/**
 * A headless IntelliJ core environment (183 jars) with the Java PSI and the mock API sources on the class path;
 * one per test class. Runs an inspection's visitor over a file the way the IDE's inspection pass does.
 */
final class CoreJavaEnvironment implements AutoCloseable {
    private final Disposable root = Disposer.newDisposable();
    final JavaCoreProjectEnvironment projectEnv;
    final Project project;
    final MockInspectionManager inspectionManager;
    final VirtualFile dir;

    CoreJavaEnvironment() {
        this(resource("/mock-classpath"));
    }

    /** An environment with the mock JDK and {@code apiSources} (folders of signature-only sources) on the class path. */
    CoreJavaEnvironment(Path... apiSources) {
        // extension points the Java PSI asks for that the core environment does not declare; they must exist
        // before the application environment registers its own extensions
        Extensions.cleanRootArea(root);
        ExtensionsArea area = Extensions.getRootArea();
        register(area, PsiAugmentProvider.EP_NAME, PsiAugmentProvider.class);
        register(area, MetaLanguage.EP_NAME, MetaLanguage.class);
        register(area, ContainerProvider.EP_NAME, ContainerProvider.class);
        register(area, ClsCustomNavigationPolicy.EP_NAME, ClsCustomNavigationPolicy.class);
        register(area, ClassFileDecompilers.EP_NAME, ClassFileDecompilers.Decompiler.class);
        register(area, TypeAnnotationModifier.EP_NAME, TypeAnnotationModifier.class);
        register(area, JavaModuleSystem.EP_NAME, JavaModuleSystem.class);
        register(area, JavaMainMethodProvider.EP_NAME, JavaMainMethodProvider.class);
        register(area, FileContextProvider.EP_NAME, FileContextProvider.class);
        register(area, MetaDataContributor.EP_NAME, MetaDataContributor.class);
        register(area, SmartPointerAnchorProvider.EP_NAME, SmartPointerAnchorProvider.class);
        // PSI edits (quick fixes)
        register(area, TreeCopyHandler.EP_NAME, TreeCopyHandler.class);
        JavaCoreApplicationEnvironment appEnv = new JavaCoreApplicationEnvironment(root) {
            @Override
            protected MockApplication createApplication(Disposable parent) {
                return new EventThreadApplication(parent);
            }
        };
        // overload resolution with varargs asks for this application service
        appEnv.registerApplicationService(JavaClassSupers.class, new JavaClassSupersImpl());
        projectEnv = new JavaCoreProjectEnvironment(root, appEnv) {
            @Override
            protected void preregisterServices() {
                // project extension points, before the project services that use them are created
                ExtensionsArea projectArea = Extensions.getArea(myProject);
                register(projectArea, JvmElementProvider.EP_NAME, JvmElementProvider.class);
                register(projectArea, PsiElementFinder.EP_NAME, PsiElementFinder.class);
                register(projectArea, PsiTreeChangePreprocessor.EP_NAME, PsiTreeChangePreprocessor.class);
            }
        };
        project = projectEnv.getProject();
        // JavaPsiFacade finds classes only through the registered finders
        Extensions.getArea(project).getExtensionPoint(PsiElementFinder.EP_NAME).registerExtension(
            new PsiElementFinderImpl(project, ServiceManager.getService(project, JavaFileManager.class)));
        dir = appEnv.getLocalFileSystem().findFileByIoFile(resource("/mock-jdk").toFile());
        projectEnv.addSourcesToClasspath(dir);
        for (Path p : apiSources) projectEnv.addSourcesToClasspath(appEnv.getLocalFileSystem().findFileByIoFile(p.toFile()));
        // PSI edits go through the POM model with its tree aspect, as in the IDE
        MockProject mock = (MockProject) project;
        PomModelImpl pom = new PomModelImpl(project);
        new TreeAspect(pom);
        mock.registerService(PomModel.class, pom);
        mock.registerService(PsiParserFacade.class, new PsiParserFacadeImpl((PsiManagerEx) PsiManager.getInstance(project)));
        inspectionManager = new MockInspectionManager(project);
        mock.registerService(BrickOptimaSettings.class, new BrickOptimaSettings());
    }

    /** The 183 MockApplication drops invokeLater; a background task's onSuccess needs it delivered on the AWT event thread. */
    private static final class EventThreadApplication extends MockApplicationEx {
        EventThreadApplication(Disposable parent) {
            super(parent);
        }

        @Override
        public void invokeLater(Runnable runnable) {
            javax.swing.SwingUtilities.invokeLater(runnable);
        }

        @Override
        public void invokeLater(Runnable runnable, com.intellij.openapi.application.ModalityState state) {
            javax.swing.SwingUtilities.invokeLater(runnable);
        }

        @Override
        public void invokeLater(Runnable runnable, com.intellij.openapi.util.Condition expired) {
            javax.swing.SwingUtilities.invokeLater(runnable);
        }

        @Override
        public void invokeLater(Runnable runnable, com.intellij.openapi.application.ModalityState state, com.intellij.openapi.util.Condition expired) {
            javax.swing.SwingUtilities.invokeLater(runnable);
        }
    }

    private static <T> void register(ExtensionsArea area, ExtensionPointName<T> name, Class<? extends T> type) {
        if (!area.hasExtensionPoint(name.getName())) CoreApplicationEnvironment.registerExtensionPoint(area, name, type);
    }

    static Path resource(String name) {
        try {
            return Path.of(CoreJavaEnvironment.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    PsiFile parse(String name, String text) {
        return PsiFileFactory.getInstance(project).createFileFromText(name, JavaFileType.INSTANCE, text);
    }

    /** A Java file on disk, as the IDE opens it: PSI over its local virtual file (which has a path a build file sits above). */
    PsiFile open(Path file) {
        VirtualFile vf = dir.getFileSystem().findFileByPath(file.toAbsolutePath().toString());
        if (vf == null) throw new IllegalArgumentException("no such file: " + file);
        return PsiManager.getInstance(project).findFile(vf);
    }

    /** Runs the inspection over every element of the file, as the IDE's inspection pass does. */
    List<ProblemDescriptor> inspect(LocalInspectionTool tool, PsiFile file) {
        ProblemsHolder holder = new ProblemsHolder(inspectionManager, file, true);
        PsiElementVisitor visitor = tool.buildVisitor(holder, true);
        file.accept(new PsiRecursiveElementWalkingVisitor() {
            @Override
            public void visitElement(PsiElement element) {
                element.accept(visitor);
                super.visitElement(element);
            }
        });
        return holder.getResults();
    }

    @Override
    public void close() {
        Disposer.dispose(root);
    }
}
