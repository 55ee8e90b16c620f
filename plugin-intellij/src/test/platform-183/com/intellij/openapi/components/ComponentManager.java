package com.intellij.openapi.components;

import com.intellij.openapi.Disposable;
import com.intellij.openapi.extensions.ExtensionPointName;
import com.intellij.openapi.util.Condition;
import com.intellij.openapi.util.UserDataHolder;
import com.intellij.util.messages.MessageBus;
import org.picocontainer.PicoContainer;

/**
 * Test-only stand-in for the 183 interface, loaded ahead of Debian's jar so the plugin's {@code project.getService}
 * (2019.3+) can run on the 183 test core: every 183 member, plus {@code getService} answered from the container the
 * 183 core registers services in. Never packaged, never compiled into the plugin.
 */
public interface ComponentManager extends UserDataHolder, Disposable {
    BaseComponent getComponent(String name);

    <T> T getComponent(Class<T> interfaceClass);

    <T> T getComponent(Class<T> interfaceClass, T defaultImplementationIfAbsent);

    boolean hasComponent(Class interfaceClass);

    <T> T[] getComponents(Class<T> baseClass);

    PicoContainer getPicoContainer();

    MessageBus getMessageBus();

    boolean isDisposed();

    <T> T[] getExtensions(ExtensionPointName<T> extensionPointName);

    Condition<?> getDisposed();

    @SuppressWarnings("unchecked")
    default <T> T getService(Class<T> serviceClass) {
        return (T) getPicoContainer().getComponentInstance(serviceClass.getName());
    }
}
