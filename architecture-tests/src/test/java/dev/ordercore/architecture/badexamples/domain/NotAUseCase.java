package dev.ordercore.architecture.badexamples.domain;

/** An incoming port that is neither an interface named *UseCase nor a record. */
public class NotAUseCase {

    public void doSomething() {
    }
}
