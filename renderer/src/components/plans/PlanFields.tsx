// The inputs a plan's heading is typed in, the same in "Kế hoạch mới" and "Thông tin kế hoạch": the
// title, a year, the symbol and the issuing body, each with its label, hint and limits said once.
// Each takes what `form.getInputProps(name)` gives (value, onChange, error) and any layout props.
// And the list of plans a "which plan" select offers.
import { NumberInput, TextInput, Textarea, type NumberInputProps, type TextInputProps, type TextareaProps } from '@mantine/core';
import type { PlanSummary } from '../../../../shared/api/models';

/** "Tên kế hoạch": a long title wraps as it is typed. */
export function PlanTitleField(props: TextareaProps) {
  return <Textarea label="Tên kế hoạch" required autosize minRows={1} {...props} />;
}

/** A plan's year ("Năm", "Từ năm", "Đến năm"): a whole year between 2000 and 2100. */
export function PlanYearField(props: NumberInputProps) {
  return <NumberInput label="Năm" min={2000} max={2100} allowDecimal={false} {...props} />;
}

/** "Ký hiệu", the part after the number in "số 15/KH-BCĐ138". */
export function PlanSymbolField(props: TextInputProps) {
  return <TextInput label="Ký hiệu" required placeholder="ví dụ: KH-BCĐ138" {...props} />;
}

/** "Cơ quan ban hành", as every document cites it. */
export function PlanIssuerField(props: TextInputProps) {
  return (
    <TextInput
      label="Cơ quan ban hành"
      required
      description="Tên đầy đủ, dùng trong câu trích dẫn: “… của Ban Chỉ đạo 138 tỉnh …”."
      {...props}
    />
  );
}

/** The plans offered in a "which plan" select: "<title> (<year>)". */
export function planOptions(plans: PlanSummary[]) {
  return plans.map((p) => ({ value: String(p.id), label: `${p.title} (${p.year})` }));
}
