package com.intellij.openapi.components;

import com.intellij.openapi.Disposable;
import com.intellij.openapi.util.UserDataHolder;

/**
 * Compile-time stand-in: the 183 interface predates {@code getService} (2019.3+), the replacement of the deprecated
 * {@code ServiceManager.getService}. Only the members the plugin calls; never packaged (the IDE provides the real one).
 */
public interface ComponentManager extends UserDataHolder, Disposable {
    <T> T getService(Class<T> serviceClass);
}
