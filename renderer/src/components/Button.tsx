import type { ButtonHTMLAttributes, ReactNode } from 'react';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: 'primary' | 'secondary' | 'quiet' | 'danger';
  icon?: ReactNode;
}

export function Button({
  variant = 'secondary',
  icon,
  children,
  className,
  type = 'button',
  ...rest
}: ButtonProps) {
  return (
    <button
      type={type}
      className={`button button-${variant}${className ? ` ${className}` : ''}`}
      {...rest}
    >
      {icon}
      {children !== undefined && <span>{children}</span>}
    </button>
  );
}

export interface IconButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  label: string;
  /** Shown after the label in the tooltip, e.g. "Ctrl+B". */
  shortcut?: string;
  pressed?: boolean;
  children: ReactNode;
}

/**
 * A toolbar button. It never takes focus from the cell being edited (mouse down is cancelled),
 * so formatting applies to the selection the user made.
 */
export function IconButton({
  label,
  shortcut,
  pressed,
  children,
  className,
  ...rest
}: IconButtonProps) {
  return (
    <button
      type="button"
      className={`icon-button${className ? ` ${className}` : ''}`}
      aria-label={label}
      aria-pressed={pressed}
      title={shortcut ? `${label} (${shortcut})` : label}
      onMouseDown={(event) => {
        event.preventDefault();
      }}
      {...rest}
    >
      {children}
    </button>
  );
}
