import styles from "./reader.module.css";

export function ReaderIntro() {
  return (
    <div className={styles.intro}>
      <h1>Rumors, checked in hindsight</h1>
      <p>
        Before big events, outlets report what insiders say will happen. After the event, we check each claim against what was actually reported, quoting both
        sides word for word.
      </p>
    </div>
  );
}
