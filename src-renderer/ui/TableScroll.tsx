import './table-scroll.css';
import type { ReactNode } from 'react';

/**
 * The one place a data table may scroll sideways (WCAG 1.4.10 reflow): a named region that a
 * keyboard user can reach (Tab) and scroll (arrow keys). The page around it never scrolls sideways.
 */
export function TableScroll({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div
      className={className ? `table-scroll ${className}` : 'table-scroll'}
      role="region"
      aria-label={label}
      tabIndex={0}
    >
      {children}
    </div>
  );
}
