package org.rbmkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InstalledTest {

  /** A class with a private field, as the classes served by an internal package have. */
  static final class Holder {
    private final String secret;

    Holder(String secret) {
      this.secret = secret;
    }
  }

  /** A class not installed. */
  static final class Other {}

  @Test
  void readsTheFieldOfAnInstanceOfTheInstalledClass() {
    Installed<String> secrets = new Installed<>("secret");
    secrets.install(Holder.class, h -> h.secret);
    assertThat(secrets.of(new Holder("s3"))).isEqualTo("s3");
    assertThat(secrets.of(new Holder("t4"))).isEqualTo("t4");
  }

  @Test
  void refusesASecondInstallAnotherClassAndNulls() {
    Installed<String> secrets = new Installed<>("secret");
    assertThatThrownBy(() -> secrets.of(new Holder("s3")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("org.rbmkit.core.internal.InstalledTest$Holder has no secret");
    secrets.install(Holder.class, h -> h.secret);
    assertThatThrownBy(() -> secrets.install(Holder.class, h -> "forged"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("secret: installed already");
    assertThat(secrets.of(new Holder("s3"))).isEqualTo("s3");
    assertThatThrownBy(() -> secrets.of(new Other()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("org.rbmkit.core.internal.InstalledTest$Other has no secret");
    assertThatThrownBy(() -> secrets.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("instance");
    assertThatThrownBy(() -> new Installed<String>(null)).isInstanceOf(NullPointerException.class);
    Installed<String> other = new Installed<>("other");
    assertThatThrownBy(() -> other.install(null, h -> "x"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("owner");
    assertThatThrownBy(() -> other.install(Holder.class, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("read");
  }
}
