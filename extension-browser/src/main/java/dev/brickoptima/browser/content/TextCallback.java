package dev.brickoptima.browser.content;

import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/** A JavaScript callback taking one string (a response body, a JSON answer, an error message). */
@JSFunctor
public interface TextCallback extends JSObject {
    void call(String text);
}
