import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { errorExtension, errorMessage } from '../../graphql/errors';
import type { NoticeTargetInput } from '../../graphql/generated/operations';
import { emptyNoticeForm, noticeInput, type NoticeForm } from './notice-form';
import type { NoticeProblem } from './NoticeFields';
import { ADD_PLACE_NOTICE_MUTATION } from './notices-operations';
import type { NoticesAdminText } from './notices-text';

/** One notice form and its submission; the API's refusal is worded by its `problem` and tied to its field. */
export function useAddNotice(text: NoticesAdminText) {
  const [form, setForm] = useState<NoticeForm>(emptyNoticeForm);
  const [problem, setProblem] = useState<NoticeProblem | null>(null);
  const [add, { loading }] = useMutation(ADD_PLACE_NOTICE_MUTATION);

  async function submit(target: NoticeTargetInput) {
    setProblem(null);
    try {
      const { data } = await add({ variables: { target, notice: noticeInput(form) } });
      setForm(emptyNoticeForm);
      return data?.addPlaceNotice.places ?? [];
    } catch (error) {
      const code = errorExtension<string>(error, 'problem');
      const reason = code ? text.problems[code] : null;
      setProblem({
        field: errorExtension<string>(error, 'field') ?? null,
        message: `${text.failed} ${reason ?? errorMessage(error)}`,
      });
      return null;
    }
  }

  return {
    form,
    problem,
    busy: loading,
    submit,
    update: (patch: Partial<NoticeForm>) => setForm({ ...form, ...patch }),
  };
}
