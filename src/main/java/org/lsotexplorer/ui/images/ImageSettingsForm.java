package org.lsotexplorer.ui.images;

import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.lsotexplorer.engine.images.ImagePreset;
import org.lsotexplorer.engine.images.ImageRunSettings;
import org.lsotexplorer.engine.images.LatentGeneratorKind;

/**
 * The settings row's view model: the fields a user edits (solver, latent dim, autoencoder epochs, train limit,
 * seed, face image size) as text, over a base {@link ImageRunSettings} that holds everything else. Each edit is
 * checked by building the settings (their constructor validates); a bad value is refused with the engine's message
 * and the field keeps its last good value.
 */
public final class ImageSettingsForm {
    /** One editable field. */
    public enum Field { LATENT_DIM, AUTOENCODER_EPOCHS, TRAIN_LIMIT, SEED }

    private final ImagePreset preset;
    private final ImageRunSettings base;
    private final ObjectProperty<LatentGeneratorKind> generator = new SimpleObjectProperty<>(LatentGeneratorKind.LSOT);
    private final ObjectProperty<Integer> imageSize = new SimpleObjectProperty<>();
    private final StringProperty latentDim = new SimpleStringProperty();
    private final StringProperty epochs = new SimpleStringProperty();
    private final StringProperty trainLimit = new SimpleStringProperty();
    private final StringProperty seed = new SimpleStringProperty();
    private final StringProperty error = new SimpleStringProperty("");

    /**
     * @param tuning changes the preset's defaults before the form shows them (identity in the app; tests make the
     *               run small)
     */
    public ImageSettingsForm(ImagePreset preset, UnaryOperator<ImageRunSettings> tuning) {
        this.preset = preset;
        this.base = tuning.apply(ImageRunSettings.defaults(preset, LatentGeneratorKind.LSOT, 1));
        generator.set(base.generator());
        imageSize.set(base.imageSize());
        latentDim.set(Integer.toString(base.latentDim()));
        epochs.set(Integer.toString(base.autoencoderEpochs()));
        trainLimit.set(Integer.toString(base.trainLimit()));
        seed.set(Long.toString(base.seed()));
    }

    public ImagePreset preset() {
        return preset;
    }

    public ObjectProperty<LatentGeneratorKind> generatorProperty() {
        return generator;
    }

    /** 32 or 64 (faces only; MNIST is always 28). */
    public ObjectProperty<Integer> imageSizeProperty() {
        return imageSize;
    }

    public StringProperty text(Field f) {
        return switch (f) {
            case LATENT_DIM -> latentDim;
            case AUTOENCODER_EPOCHS -> epochs;
            case TRAIN_LIMIT -> trainLimit;
            case SEED -> seed;
        };
    }

    /** The last refusal ("" when the values are fine). */
    public StringProperty errorProperty() {
        return error;
    }

    /**
     * Sets a field if the resulting settings are valid; otherwise keeps the old value and states why.
     *
     * @return whether the value was taken
     */
    public boolean edit(Field f, String value) {
        String old = text(f).get();
        text(f).set(value.trim());
        try {
            settings();
            error.set("");
            return true;
        } catch (IllegalArgumentException e) {
            text(f).set(old);
            error.set(e.getMessage() + "; kept " + old);
            return false;
        }
    }

    /**
     * The run's settings from the fields.
     *
     * @throws IllegalArgumentException naming the bad field
     */
    public ImageRunSettings settings() {
        ImageRunSettings s = new ImageRunSettings(preset, generator.get(), parseInt("latent dim", latentDim.get()),
                parseLong("seed", seed.get()), preset == ImagePreset.MNIST ? 28 : imageSize.get(), base.loss(),
                parseInt("autoencoder epochs", epochs.get()), parseInt("train limit", trainLimit.get()),
                base.codeCount(), base.lsot(), base.generatorSteps(), base.classifierEpochs(), base.sampleCount());
        return s;
    }

    private static int parseInt(String name, String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, got '" + text + "'");
        }
    }

    private static long parseLong(String name, String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, got '" + text + "'");
        }
    }
}
