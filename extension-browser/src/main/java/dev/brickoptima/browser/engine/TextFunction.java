package dev.brickoptima.browser.engine;

import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/** A JavaScript function from text to text: how each engine entry point is handed to JavaScript. */
@JSFunctor
public interface TextFunction extends JSObject {
    String apply(String text);
}
