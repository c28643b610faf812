// Who signs a numbered document and who gets a copy (issue 13): the signature block's form
// (TM./KT./TL./TUQ./Q., or T/M and K/T for the Party), the body signed for, the head's and the
// signer's positions and the signer's name, and the "Nơi nhận" lines. Each is prefilled from
// what the unit's issuing body used last time and from the unit's place in the tree
// (GET /api/units/{id}/issuing); the server checks the block (a title typed as the name is
// refused beside the "Người ký" field).

import { h, field } from './dom.js';
import { api } from './api.js';

// The forms of Decree 30 (the Party writes T/M, K/T, T/L: the server prints them).
const FORMS = [
  ['', 'Người đứng đầu ký (TM. tập thể nếu có)'],
  ['KT', 'KT. – cấp phó ký thay người đứng đầu'],
  ['TL', 'TL. – ký thừa lệnh'],
  ['TUQ', 'TUQ. – ký thừa ủy quyền'],
  ['Q', 'Q. – quyền người đứng đầu'],
];

// `purpose`: 'letter' (công văn, thông báo) or 'report' — which default copies to offer.
// `families`: show the issuing body's select (relay letters), else the People's Committee.
// `onFamily(family)` is called when the issuing body changes (its symbol differs).
export function signerFields({ purpose = 'letter', families = false, onFamily = () => {} } = {}) {
  const family = h('select', { name: 'issuer_family' });
  const form = h('select', { name: 'signer_authority' }, FORMS.map(([v, label]) => h('option', { value: v }, label)));
  const onBehalf = h('input', { type: 'text', name: 'signer_on_behalf_of', maxlength: '200' });
  const head = h('input', { type: 'text', name: 'signer_head', maxlength: '200' });
  const position = h('input', { type: 'text', name: 'signer_position', maxlength: '200' });
  const name = h('input', { type: 'text', name: 'signer_name', maxlength: '100', autocomplete: 'off' });
  const copies = h('textarea', { name: 'copies', rows: '4' });
  const preview = h('p', { class: 'hint signer-preview', 'aria-live': 'polite' });
  const headField = field('Chức vụ của người đứng đầu', head, { hint: 'Ví dụ: CHỦ TỊCH → in “KT. CHỦ TỊCH”.' });
  const familyField = field('Cơ quan ban hành', family, { hint: 'Mỗi cơ quan có thể thức và sổ văn bản riêng (Đảng ủy: “Số 15-CV/ĐU”).' });
  if (!families) familyField.hidden = true;

  let defaults = [];
  let copiesDefault = '';
  const current = () => defaults.find((d) => d.issuer_family === (family.value || 'ubnd'));
  const isParty = () => family.value === 'party';

  const draw = () => {
    headField.hidden = form.value === '';
    const lines = [];
    const tm = isParty() ? 'T/M' : 'TM.';
    if (onBehalf.value.trim()) lines.push(`${tm} ${onBehalf.value.trim().toUpperCase()}`);
    if (form.value && form.value !== 'Q') {
      const prefix = isParty() ? { KT: 'K/T', TL: 'T/L', TUQ: 'T/UQ' }[form.value] : `${form.value}.`;
      lines.push(`${prefix} ${head.value.trim().toUpperCase()}`);
    }
    if (form.value === 'Q') lines.push(`Q. ${head.value.trim().toUpperCase()}`);
    if (position.value.trim()) lines.push(position.value.trim().toUpperCase());
    lines.push(name.value.trim() || '(họ và tên)');
    preview.textContent = `Khối chữ ký sẽ in: ${lines.join(' / ')}`;
  };

  // The block and copies remembered for the chosen body.
  const apply = () => {
    const d = current();
    if (!d) return;
    form.value = d.signer.authority === 'TM' ? '' : d.signer.authority;
    onBehalf.value = d.signer.on_behalf_of;
    head.value = d.signer.head;
    position.value = d.signer.position;
    name.value = d.signer.name;
    copiesDefault = d[purpose].copies.join('\n');
    copies.value = copiesDefault;
    draw();
  };

  [form, onBehalf, head, position, name].forEach((c) => c.addEventListener('input', draw));
  form.addEventListener('change', draw);
  family.addEventListener('change', () => { apply(); onFamily(family.value); });

  return {
    el: h('fieldset', { class: 'signer' },
      h('legend', {}, 'Khối chữ ký và nơi nhận'),
      familyField,
      field('Hình thức ký', form),
      field('Thay mặt (tập thể)', onBehalf, { hint: 'Ví dụ: ỦY BAN NHÂN DÂN, BAN THƯỜNG VỤ; để trống nếu không ký thay mặt tập thể.', optional: true }),
      headField,
      field('Chức vụ', position, { hint: 'Chức vụ của người ký, ví dụ: PHÓ CHỦ TỊCH, PHÓ BÍ THƯ.' }),
      field('Người ký', name, { hint: 'Họ và tên người ký, không ghi chức vụ (ví dụ: Nguyễn Văn An).' }),
      preview,
      field('Nơi nhận', copies, { hint: 'Mỗi dòng một nơi nhận; “Như trên” và “Lưu: VT” được thêm tự động.' })),
    // Loads the unit's defaults (again when the unit changes); keeps the chosen body if it has it.
    async load(unitId) {
      const keep = family.value;
      ({ items: defaults } = await api(`/api/units/${unitId}/issuing`));
      family.replaceChildren(...defaults.filter((d) => d.available)
        .map((d) => h('option', { value: d.issuer_family, selected: d.issuer_family === keep }, d.label)));
      apply();
    },
    // The request's fields: the whole block; the copies only when edited (else the server's).
    value() {
      const out = {
        signer: {
          on_behalf_of: onBehalf.value.trim(),
          authority: form.value,
          head: form.value ? head.value.trim() : '',
          position: position.value.trim(),
          name: name.value.trim(),
        },
      };
      if (families) out.issuer_family = family.value || 'ubnd';
      if (copies.value.trim() !== copiesDefault.trim()) {
        out.copies = copies.value.split('\n').map((s) => s.trim()).filter((s) => s);
      }
      return out;
    },
    controls() {
      const out = {
        issuer_family: family, 'signer.authority': form, 'signer.on_behalf_of': onBehalf, 'signer.head': head,
        'signer.position': position, 'signer.name': name, signer_name: name, copies,
      };
      const n = copies.value.split('\n').filter((s) => s.trim()).length;
      for (let i = 0; i < n; i++) out[`copies[${i}]`] = copies;
      return out;
    },
  };
}
