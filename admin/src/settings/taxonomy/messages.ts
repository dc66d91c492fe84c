import type { Shape } from '../../review/messages';

/**
 * The texts of the admins' taxonomy screens (issue 14), Catalan first, mounted under
 * `settings.taxonomy` in each language's catalogue (settings/messages.ts).
 */
export const taxonomyCa = {
  kinds: {
    areas: {
      menu: 'Àrees', title: 'Àrees · {{provider}}', new: 'Nova àrea', newTitle: 'Nova àrea · {{provider}}', editTitle: 'Àrea {{code}} · {{provider}}',
      none: 'Encara no hi ha cap àrea.', created: 'S’ha creat l’àrea {{code}}.', deleted: 'S’ha eliminat l’àrea {{code}}.',
    },
    programmes: {
      menu: 'Àmbits (programes)', title: 'Àmbits · {{provider}}', new: 'Nou àmbit', newTitle: 'Nou àmbit · {{provider}}', editTitle: 'Àmbit {{code}} · {{provider}}',
      none: 'Encara no hi ha cap àmbit.', created: 'S’ha creat l’àmbit {{code}}.', deleted: 'S’ha eliminat l’àmbit {{code}}.',
    },
    catalogues: {
      menu: 'Catàlegs i convocatòries', title: 'Catàlegs i convocatòries · {{provider}}', new: 'Nou catàleg', newTitle: 'Nou catàleg · {{provider}}',
      editTitle: 'Catàleg {{code}} · {{provider}}', none: 'Encara no hi ha cap catàleg.', created: 'S’ha creat el catàleg {{code}}.', deleted: 'S’ha eliminat el catàleg {{code}}.',
    },
    units: {
      menu: 'Unitats prestadores', title: 'Unitats prestadores · {{provider}}', new: 'Nova unitat', newTitle: 'Nova unitat prestadora · {{provider}}',
      editTitle: 'Unitat {{code}} · {{provider}}', none: 'Encara no hi ha cap unitat.', created: 'S’ha creat la unitat {{code}}.', deleted: 'S’ha eliminat la unitat {{code}}.',
    },
  },
  code: 'Codi', codeHint: 'De 1 a 64 lletres minúscules, xifres i guions. Identifica l’element: després no es pot canviar.',
  codeFixed: 'El codi identifica l’element i no es pot canviar.',
  name: 'Nom', names: 'Nom en cada llengua', translations: 'Traduccions', actions: 'Accions',
  edit: 'Edita', editOf: 'Edita {{name}}', delete: 'Elimina', deleteOf: 'Elimina {{name}}', back: 'Torna a la llista',
  confirmTitle: 'Voleu eliminar «{{name}}» ({{code}})?',
  confirmText: 'No es pot desfer. Si alguna fitxa o àmbit encara el fa servir, el servei no ho permetrà.',
  confirm: 'Sí, elimina-ho', cancel: 'No, mantén-lo',
  save: 'Desa', saving: 'S’està desant…', saved: 'S’han desat els canvis.', deleting: 'S’està eliminant…',
  notFound: 'El proveïdor no té cap element amb el codi {{code}}.',
  fields: {
    areaCode: 'Àrea', startDate: 'Primer dia del període', endDate: 'Últim dia del període', acronym: 'Sigles',
    contactPoint: 'Punt de contacte', phone: 'Telèfon', email: 'Correu electrònic', contactFormUrl: 'Formulari de contacte (URL)', website: 'Pàgina web (URL)',
  },
  noArea: 'Cap àrea',
};

export type TaxonomyMessages = Shape<typeof taxonomyCa>;

export const taxonomyEs: TaxonomyMessages = {
  kinds: {
    areas: {
      menu: 'Áreas', title: 'Áreas · {{provider}}', new: 'Nueva área', newTitle: 'Nueva área · {{provider}}', editTitle: 'Área {{code}} · {{provider}}',
      none: 'Todavía no hay ninguna área.', created: 'Se ha creado el área {{code}}.', deleted: 'Se ha eliminado el área {{code}}.',
    },
    programmes: {
      menu: 'Ámbitos (programas)', title: 'Ámbitos · {{provider}}', new: 'Nuevo ámbito', newTitle: 'Nuevo ámbito · {{provider}}', editTitle: 'Ámbito {{code}} · {{provider}}',
      none: 'Todavía no hay ningún ámbito.', created: 'Se ha creado el ámbito {{code}}.', deleted: 'Se ha eliminado el ámbito {{code}}.',
    },
    catalogues: {
      menu: 'Catálogos y convocatorias', title: 'Catálogos y convocatorias · {{provider}}', new: 'Nuevo catálogo', newTitle: 'Nuevo catálogo · {{provider}}',
      editTitle: 'Catálogo {{code}} · {{provider}}', none: 'Todavía no hay ningún catálogo.', created: 'Se ha creado el catálogo {{code}}.', deleted: 'Se ha eliminado el catálogo {{code}}.',
    },
    units: {
      menu: 'Unidades prestadoras', title: 'Unidades prestadoras · {{provider}}', new: 'Nueva unidad', newTitle: 'Nueva unidad prestadora · {{provider}}',
      editTitle: 'Unidad {{code}} · {{provider}}', none: 'Todavía no hay ninguna unidad.', created: 'Se ha creado la unidad {{code}}.', deleted: 'Se ha eliminado la unidad {{code}}.',
    },
  },
  code: 'Código', codeHint: 'De 1 a 64 letras minúsculas, cifras y guiones. Identifica el elemento: después no se puede cambiar.',
  codeFixed: 'El código identifica el elemento y no se puede cambiar.',
  name: 'Nombre', names: 'Nombre en cada lengua', translations: 'Traducciones', actions: 'Acciones',
  edit: 'Editar', editOf: 'Editar {{name}}', delete: 'Eliminar', deleteOf: 'Eliminar {{name}}', back: 'Volver a la lista',
  confirmTitle: '¿Quiere eliminar «{{name}}» ({{code}})?',
  confirmText: 'No se puede deshacer. Si alguna ficha o ámbito todavía lo usa, el servicio no lo permitirá.',
  confirm: 'Sí, eliminar', cancel: 'No, mantenerlo',
  save: 'Guardar', saving: 'Guardando…', saved: 'Se han guardado los cambios.', deleting: 'Eliminando…',
  notFound: 'El proveedor no tiene ningún elemento con el código {{code}}.',
  fields: {
    areaCode: 'Área', startDate: 'Primer día del periodo', endDate: 'Último día del periodo', acronym: 'Siglas',
    contactPoint: 'Punto de contacto', phone: 'Teléfono', email: 'Correo electrónico', contactFormUrl: 'Formulario de contacto (URL)', website: 'Página web (URL)',
  },
  noArea: 'Ninguna área',
};

export const taxonomyEn: TaxonomyMessages = {
  kinds: {
    areas: {
      menu: 'Areas', title: 'Areas · {{provider}}', new: 'New area', newTitle: 'New area · {{provider}}', editTitle: 'Area {{code}} · {{provider}}',
      none: 'No area yet.', created: 'Area {{code}} was created.', deleted: 'Area {{code}} was deleted.',
    },
    programmes: {
      menu: 'Fields of action (programmes)', title: 'Fields of action · {{provider}}', new: 'New field of action', newTitle: 'New field of action · {{provider}}',
      editTitle: 'Field of action {{code}} · {{provider}}', none: 'No field of action yet.', created: 'Field of action {{code}} was created.', deleted: 'Field of action {{code}} was deleted.',
    },
    catalogues: {
      menu: 'Catalogues and calls', title: 'Catalogues and calls · {{provider}}', new: 'New catalogue', newTitle: 'New catalogue · {{provider}}',
      editTitle: 'Catalogue {{code}} · {{provider}}', none: 'No catalogue yet.', created: 'Catalogue {{code}} was created.', deleted: 'Catalogue {{code}} was deleted.',
    },
    units: {
      menu: 'Provider units', title: 'Provider units · {{provider}}', new: 'New unit', newTitle: 'New provider unit · {{provider}}',
      editTitle: 'Unit {{code}} · {{provider}}', none: 'No unit yet.', created: 'Unit {{code}} was created.', deleted: 'Unit {{code}} was deleted.',
    },
  },
  code: 'Code', codeHint: '1 to 64 lower-case letters, digits and hyphens. It identifies the item: it cannot change afterwards.',
  codeFixed: 'The code identifies the item and cannot change.',
  name: 'Name', names: 'Name in each language', translations: 'Translations', actions: 'Actions',
  edit: 'Edit', editOf: 'Edit {{name}}', delete: 'Delete', deleteOf: 'Delete {{name}}', back: 'Back to the list',
  confirmTitle: 'Delete “{{name}}” ({{code}})?',
  confirmText: 'This cannot be undone. If any fitxa or field of action still uses it, the service will refuse.',
  confirm: 'Yes, delete it', cancel: 'No, keep it',
  save: 'Save', saving: 'Saving…', saved: 'The changes were saved.', deleting: 'Deleting…',
  notFound: 'The provider has no item with code {{code}}.',
  fields: {
    areaCode: 'Area', startDate: 'First day of the period', endDate: 'Last day of the period', acronym: 'Acronym',
    contactPoint: 'Contact point', phone: 'Telephone', email: 'E-mail address', contactFormUrl: 'Contact form (URL)', website: 'Web page (URL)',
  },
  noArea: 'No area',
};
