// The markup of one row of the Nhiệm vụ list written as plain elements: the same elements, classes,
// data attributes and inline styles as the Mantine components (Table.Tr/Td, Text, Anchor, Checkbox,
// Badge, Stack) would render for it, without running them. Each Mantine component reads the theme and
// its context and merges its props and styles on every render; a keystroke in the search mounts up to
// a hundred such rows, eight cells each, and that work was most of a keystroke's script time at 5,000
// tasks. tests/unit/renderer/task-row-markup.test.ts renders both for the same tasks and expects the
// same HTML, so an upgrade of Mantine that changes its markup fails there, not on the screen. The style
// comes first, as Mantine writes it, so that the two serialise alike.
import type { CSSProperties, ReactNode } from 'react';
import { Anchor, Badge, Checkbox, Stack, Table, Text } from '@mantine/core';

type Size = 'xs' | 'sm';

const TEXT_CLASS = `mantine-focus-auto ${Text.classes.root} mantine-Text-root`;
const ANCHOR_CLASS = `mantine-focus-auto ${Anchor.classes.root} ${Text.classes.root} mantine-Text-root mantine-Anchor-root`;
export const TR_CLASS = `${Table.classes.tr} mantine-Table-tr`;
export const TD_CLASS = `${Table.classes.td} mantine-Table-td`;
/** InlineInput's own root class comes before Checkbox's (Mantine does not export InlineInput's classes). */
const CHECKBOX_ROOT_CLASS = `m_bf2d988c mantine-Checkbox-root ${Checkbox.classes.root} mantine-Checkbox-root`;
const CHECKBOX_ICON_PATH =
  'M4 4.586L1.707 2.293A1 1 0 1 0 .293 3.707l3 3a.997.997 0 0 0 1.414 0l5-5A1 1 0 1 0 8.293.293L4 4.586z';

/** A Mantine color such as "red.8", "dimmed" or "indigo.0" as the CSS value its style props give. */
export function mantineColor(c: string): string {
  if (c === 'dimmed') return 'var(--mantine-color-dimmed)';
  const [name, shade] = c.split('.');
  return shade === undefined ? `var(--mantine-color-${name}-filled)` : `var(--mantine-color-${name}-${shade})`;
}

interface TextProps {
  size: Size;
  /** Mantine color ("dimmed", "red.8"). */
  c?: string;
  fw?: number;
  lineClamp?: number;
  title?: string;
  style?: CSSProperties;
  onClick?: () => void;
  children: ReactNode;
  'data-testid'?: string;
}

/** `<Text size c fw lineClamp>`: a paragraph. */
export function PlainText({ size, c, fw, lineClamp, title, style, onClick, children, ...rest }: TextProps) {
  const css: Record<string, string | number> = {
    '--text-fz': `var(--mantine-font-size-${size})`,
    '--text-lh': `var(--mantine-line-height-${size})`,
  };
  if (lineClamp !== undefined) css['--text-line-clamp'] = lineClamp;
  if (c) css.color = mantineColor(c);
  if (fw !== undefined) css.fontWeight = fw;
  return (
    <p
      style={{ ...css, ...style } as CSSProperties}
      className={TEXT_CLASS}
      data-size={size}
      data-line-clamp={lineClamp !== undefined ? true : undefined}
      data-testid={rest['data-testid']}
      title={title}
      onClick={onClick}
    >
      {children}
    </p>
  );
}

/** `<Anchor component="button" type="button" size="sm" fw={600}>`. */
export function PlainAnchorButton({ onClick, children }: { onClick: () => void; children: ReactNode }) {
  return (
    <button
      style={{ '--text-fz': 'var(--mantine-font-size-sm)', '--text-lh': 'var(--mantine-line-height-sm)', fontWeight: 600 } as CSSProperties}
      className={ANCHOR_CLASS}
      data-size="sm"
      data-underline="hover"
      type="button"
      onClick={onClick}
    >
      {children}
    </button>
  );
}

/** `<Checkbox aria-label checked onChange>` in the theme's color (indigo), without a label. */
export function PlainCheckbox({ label, checked, onChange }: { label: string; checked: boolean; onChange: () => void }) {
  return (
    <div
      style={{ '--checkbox-radius': 'var(--mantine-radius-sm)', '--checkbox-color': 'var(--mantine-color-indigo-filled)' } as CSSProperties}
      className={CHECKBOX_ROOT_CLASS}
      data-variant="filled"
      data-label-position="right"
      data-checked={checked ? true : undefined}
    >
      <div className={`${Checkbox.classes.body} mantine-Checkbox-body`}>
        <div className={`${Checkbox.classes.inner} mantine-Checkbox-inner`} data-label-position="right">
          <input
            className={`mantine-focus-auto ${Checkbox.classes.input} mantine-Checkbox-input`}
            data-with-error-styles="true"
            aria-label={label}
            type="checkbox"
            checked={checked}
            onChange={onChange}
          />
          <svg viewBox="0 0 10 7" fill="none" xmlns="http://www.w3.org/2000/svg" aria-hidden="true" className={`${Checkbox.classes.icon} mantine-Checkbox-icon`}>
            <path d={CHECKBOX_ICON_PATH} fill="currentColor" fillRule="evenodd" clipRule="evenodd" />
          </svg>
        </div>
        <div className={`${Checkbox.classes.labelWrapper} mantine-Checkbox-labelWrapper`} />
      </div>
    </div>
  );
}

/** `<Badge color variant="light" style={{ textTransform: 'none' }}>`. */
export function PlainLightBadge({ color, children }: { color: string; children: ReactNode }) {
  return (
    <div
      style={
        {
          '--badge-bg': `var(--mantine-color-${color}-light)`,
          '--badge-color': `var(--mantine-color-${color}-light-color)`,
          '--badge-bd': 'calc(0.0625rem * var(--mantine-scale)) solid transparent',
          textTransform: 'none',
        } as CSSProperties
      }
      className={`${Badge.classes.root} mantine-Badge-root`}
      data-variant="light"
    >
      <span className={`${Badge.classes.label} mantine-Badge-label`}>{children}</span>
    </div>
  );
}

/** `<Stack gap={0}>`. */
export function PlainStack({ children }: { children: ReactNode }) {
  return (
    <div
      style={{ '--stack-gap': '0rem', '--stack-align': 'stretch', '--stack-justify': 'flex-start' } as CSSProperties}
      className={`${Stack.classes.root} mantine-Stack-root`}
    >
      {children}
    </div>
  );
}
