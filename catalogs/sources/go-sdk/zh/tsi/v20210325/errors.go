// Copyright (c) 2017-2025 Tencent. All Rights Reserved.
//
// Licensed under the Apache License, Version 2.0 (the "License");
// you may not use this file except in compliance with the License.
// You may obtain a copy of the License at
//
//    http://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing, software
// distributed under the License is distributed on an "AS IS" BASIS,
// WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
// See the License for the specific language governing permissions and
// limitations under the License.

package v20210325

const (
	// 此产品的特有错误码

	// 参数错误。
	INVALIDPARAMETER_MISSINGPARAMETER = "InvalidParameter.MissingParameter"

	// 不支持的 AudioFormat 参数，请参照文档说明。
	UNSUPPORTEDOPERATION_AUDIOFORMAT = "UnsupportedOperation.AudioFormat"

	// 不支持的 IsEnd 参数，请参照文档说明。
	UNSUPPORTEDOPERATION_ISEND = "UnsupportedOperation.IsEnd"

	// 不支持的 IsNew 参数，请参照文档说明。
	UNSUPPORTEDOPERATION_ISNEW = "UnsupportedOperation.IsNew"

	// 不支持的 SeMax 参数，请参照文档说明。
	UNSUPPORTEDOPERATION_SEMAX = "UnsupportedOperation.SeMax"

	// 不支持的 TranslateTime 参数，请参照文档说明。
	UNSUPPORTEDOPERATION_TRANSLATETIME = "UnsupportedOperation.TranslateTime"
)
