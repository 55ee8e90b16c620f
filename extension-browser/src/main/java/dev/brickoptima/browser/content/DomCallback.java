package dev.brickoptima.browser.content;

import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/** A JavaScript callback without arguments (the page changed). */
@JSFunctor
public interface DomCallback extends JSObject {
    void call();
}
