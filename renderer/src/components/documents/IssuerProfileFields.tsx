// One issuer of Cài đặt › Văn bản (the standing body's reports and letters, or the plan's issuer): its
// names, place, and who signs with what authority.
import { Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { SIGNING_AUTHORITIES } from '../../../../shared/api/documents-models';
import { linesProps, type DocumentSettingsForm } from './document-settings-form';

const AUTHORITY_LABELS: Record<string, string> = {
  '': 'Ký trực tiếp (không ghi)',
  'TM.': 'TM. (thay mặt tập thể)',
  'KT.': 'KT. (ký thay người đứng đầu)',
  'Q.': 'Q. (quyền)',
  'TL.': 'TL. (thừa lệnh)',
  'TUQ.': 'TUQ. (thừa ủy quyền)',
};

export function IssuerProfileFields({ form, prefix }: { form: DocumentSettingsForm; prefix: 'standing' | 'planIssuer' }) {
  const field = (key: string) => form.getInputProps(`${prefix}.${key}`);
  return (
    <Stack gap="sm">
      <SimpleGrid cols={2}>
        <TextInput label="Cơ quan chủ quản" description="Dòng trên tên cơ quan, để trống nếu không có" {...field('parentAgencyLine')} />
        <Textarea
          label="Tên cơ quan ban hành"
          description="In hoa, đậm; mỗi dòng in thành một dòng"
          autosize
          minRows={2}
          {...linesProps(form, `${prefix}.issuingBody`)}
        />
        <TextInput label="Tên cơ quan trong nội dung văn bản" {...field('issuerName')} />
        <TextInput label="Địa danh" {...field('placeName')} />
      </SimpleGrid>
      <SimpleGrid cols={2}>
        <Select
          label="Thẩm quyền ký"
          allowDeselect={false}
          data={SIGNING_AUTHORITIES.map((a) => ({ value: a, label: AUTHORITY_LABELS[a]! }))}
          {...field('signerAuthority')}
          onChange={(v) => form.setFieldValue(`${prefix}.signerAuthority`, v ?? '')}
        />
        <TextInput
          label="Ký thay, thừa lệnh cho"
          description='Ví dụ "GIÁM ĐỐC" trong "KT. GIÁM ĐỐC"'
          {...field('signerAuthorityOf')}
          disabled={!form.values[prefix].signerAuthority}
        />
        <TextInput label="Chức vụ người ký" {...field('signerPosition')} />
        <TextInput label="Chức vụ khác (in trên họ tên)" description='Ví dụ "PHÓ CHỦ TỊCH UBND TỈNH"' {...field('signerOtherPosition')} />
        <TextInput label="Họ tên người ký" {...field('signerName')} />
        <TextInput label="Dòng lưu" description='Ví dụ "Lưu: VT, PCTNXH."' {...field('archiveLine')} />
      </SimpleGrid>
    </Stack>
  );
}
