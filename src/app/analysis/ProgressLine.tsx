/** Progress of a computation in the worker, with a cancel button. */
export function ProgressLine({
  label,
  progress,
  onCancel,
}: {
  label: string;
  progress: { fraction: number; label: string };
  onCancel(): void;
}) {
  return (
    <div className="progress-line">
      <progress aria-label={label} max={100} value={Math.round(progress.fraction * 100)} />
      <span>
        {label}: {progress.label} ({Math.round(progress.fraction * 100)}%)
      </span>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
